// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CredentialStep } from '../../../../renderer/steps/credential/CredentialStep';
import { sampleDesign } from '../../../helpers/designs';
import { renderStep } from '../../../helpers/render-step';

describe('The offering, teachers and pass rule (credential step)', () => {
  it('ticks languages of instruction in the alliance order, named in the UI language and their own', async () => {
    const { user, design } = renderStep(<CredentialStep />);
    const group = screen.getByRole('group', { name: 'Language(s) of instruction' });
    expect(group.getAttribute('data-field')).toBe('credential.offering.languagesOfInstruction');
    await user.click(screen.getByRole('checkbox', { name: 'Romanian — română' }));
    await user.click(screen.getByRole('checkbox', { name: 'English' }));
    expect(design().offering.languagesOfInstruction).toEqual(['en', 'ro']);
    await user.click(screen.getByRole('checkbox', { name: 'English' }));
    expect(design().offering.languagesOfInstruction).toEqual(['ro']);
  });

  it('keeps a language code from the file that is not among the boxes', () => {
    const start = sampleDesign();
    start.offering.languagesOfInstruction = ['pt'];
    renderStep(<CredentialStep />, start);
    expect((screen.getByRole('checkbox', { name: 'Portuguese — português' }) as HTMLInputElement).checked).toBe(true);
  });

  it('stores dates, and refuses a last day before the first day without losing the first', () => {
    const { design } = renderStep(<CredentialStep />);
    const first = screen.getByLabelText('First day');
    const last = screen.getByLabelText('Last day');
    fireEvent.change(first, { target: { value: '2026-09-14' } });
    expect(design().offering.startDate).toBe('2026-09-14');
    fireEvent.change(last, { target: { value: '2026-09-01' } });
    expect(design().offering.endDate).toBeNull();
    expect(last.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('The last day cannot come before the first day.')).toBeTruthy();
    fireEvent.change(last, { target: { value: '2026-11-20' } });
    expect(design().offering.endDate).toBe('2026-11-20');
    expect(last.getAttribute('aria-invalid')).toBeNull();
  });

  it('adds teachers, copies the design team in one step, and removes a teacher by name', async () => {
    const { user, design } = renderStep(<CredentialStep />);
    await user.click(screen.getByRole('button', { name: 'Copy the design team' }));
    expect(design().offering.teachers.map((t) => [t.name, t.institution])).toEqual([
      ['Ana Pop', 'Universitatea din București'],
    ]);
    await user.click(screen.getByRole('button', { name: 'Add a teacher' }));
    await user.type(screen.getByRole('textbox', { name: 'Name of teacher 2' }), 'Γιώργος Παπαδόπουλος');
    expect(design().offering.teachers[1]!.name).toBe('Γιώργος Παπαδόπουλος');
    const teachers = within(screen.getByRole('group', { name: 'Teachers and contact' }));
    await user.click(teachers.getByRole('button', { name: /Remove Ana Pop/ }));
    expect(design().offering.teachers.map((t) => t.name)).toEqual(['Γιώργος Παπαδόπουλος']);
  });

  it('types the place, the contact and the pass rule into the design', async () => {
    const { user, design } = renderStep(<CredentialStep />);
    await user.type(screen.getByRole('textbox', { name: 'Place' }), 'București, online');
    await user.type(screen.getByRole('textbox', { name: 'How learners reach the teachers' }), 'Forum');
    await user.type(screen.getByRole('textbox', { name: 'Pass rule' }), 'At least 50 %');
    expect(design().offering.location).toBe('București, online');
    expect(design().offering.contact).toBe('Forum');
    expect(design().credential.passRule).toBe('At least 50 %');
    expect(screen.getByRole('textbox', { name: 'Pass rule' }).getAttribute('data-field')).toBe('credential.passRule');
  });
});
