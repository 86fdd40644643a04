// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChangeList } from '../../../../renderer/components/ChangeList';
import { DecisionPanel } from '../../../../renderer/steps/review/DecisionPanel';
import { OutcomesStep } from '../../../../renderer/steps/outcomes/OutcomesStep';
import { useAppStore } from '../../../../renderer/state/app-store';
import { useDesignStore } from '../../../../renderer/state/design-store';
import { compareDesigns } from '../../../../shared/review';
import { clone, loadExample, sampleDesign } from '../../../helpers/designs';
import { renderStep } from '../../../helpers/render-step';

const outcomeCard = (number: number) => screen.getByRole('region', { name: `Outcome ${number}` });

describe('review mode', () => {
  it('refuses edits to the design, whatever their source, but takes comments', async () => {
    const { user, design } = renderStep(<OutcomesStep />, sampleDesign(), { mode: 'review', reviewerName: 'Dr Ana' });
    const before = design();
    const statement = within(outcomeCard(1)).getByRole('textbox', { name: 'Statement' });
    expect(statement.hasAttribute('readonly')).toBe(true);
    await user.type(statement, 'XYZ');
    useDesignStore.getState().update((d) => void (d.title = 'changed by a shortcut'));
    expect(design()).toBe(before);
    await user.click(screen.getByRole('button', { name: 'Add a learning outcome' })); // hidden by CSS; refused anyway
    expect(design()).toBe(before);

    await user.click(within(outcomeCard(1)).getByRole('button', { name: 'Comment on Outcome 1' }));
    await user.type(within(outcomeCard(1)).getByRole('textbox', { name: 'Your comment on Outcome 1' }), 'Which data?');
    await user.click(within(outcomeCard(1)).getByRole('button', { name: 'Add comment' }));
    expect(design().review.comments).toEqual([
      expect.objectContaining({
        anchor: { section: 'outcomes', itemId: before.outcomes[0]!.id },
        author: 'Dr Ana',
        text: 'Which data?',
        resolved: false,
      }),
    ]);
    expect(design().outcomes).toEqual(before.outcomes);
  });

  it('shows the author the comments next to their item, and resolves them', async () => {
    const design = loadExample('partnership');
    design.review.comments.push({
      id: 'c1',
      anchor: { section: 'outcomes', itemId: design.outcomes[1]!.id },
      author: 'Dr Ana',
      createdAt: '2026-11-23T09:00:00.000Z',
      text: 'Name the partner.',
      resolved: false,
      resolvedAt: null,
      resolvedBy: '',
    });
    const { user, design: current } = renderStep(<OutcomesStep />, design, { reviewerName: 'Team lead' });
    expect(within(outcomeCard(1)).queryByText('Name the partner.')).toBeNull();
    const thread = within(outcomeCard(2)).getByRole('group', { name: 'Comments on Outcome 2' });
    expect(within(thread).getByText('Name the partner.')).toBeTruthy();
    expect(within(outcomeCard(2)).queryByRole('button', { name: /^Comment on/ })).toBeNull();
    await user.click(within(thread).getByRole('button', { name: 'Mark as resolved' }));
    expect(current().review.comments[0]).toMatchObject({ resolved: true, resolvedBy: 'Team lead' });
    await user.click(within(thread).getByRole('button', { name: 'Reopen' }));
    expect(current().review.comments[0]).toMatchObject({ resolved: false, resolvedAt: null });
  });

  it('records a decision with the reviewer and date, keeping the previous one in the history', async () => {
    const { user, design } = renderStep(<DecisionPanel />, sampleDesign(), { mode: 'review', reviewerName: 'Dr Ana' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'New status' }), 'approved');
    await user.type(screen.getByRole('textbox', { name: 'Note for the team' }), 'Well aligned.');
    await user.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(design().review.decision).toMatchObject({ status: 'approved', reviewer: 'Dr Ana', note: 'Well aligned.' });
    expect(design().review.decision.date).not.toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'New status' }), 'changes-requested');
    await user.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(design().review.history.map((d) => d.status)).toEqual(['approved']);
  });

  it('offers authors only draft and submitted', () => {
    renderStep(<DecisionPanel />, sampleDesign(), { mode: 'author' });
    const options = within(screen.getByRole('combobox', { name: 'New status' })).getAllByRole('option');
    expect(options.map((o) => o.getAttribute('value'))).toEqual(['draft', 'submitted']);
    expect(useAppStore.getState().mode).toBe('author');
  });

  it('lists changes by section in words, with a word diff for long texts', () => {
    const before = loadExample('partnership');
    const after = clone(before);
    after.challenge.statement = `${before.challenge.statement} With the district council as a second partner.`;
    after.outcomes.pop();
    renderStep(
      <ChangeList changes={compareDesigns(before, after)} against="the saved version" before={before} after={after} />,
      after,
    );
    expect(screen.getByText('2 changes since the saved version')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Challenge' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Learning outcomes' })).toBeTruthy();
    expect(document.querySelector('ins')?.textContent).toContain('second partner');
    expect(screen.getByText('removed')).toBeTruthy();
  });
});

describe('comments on Annex I elements', () => {
  it('anchor to the element in the credential section', async () => {
    const { CredentialStep } = await import('../../../../renderer/steps/credential/CredentialStep');
    const { user, design } = renderStep(<CredentialStep />, sampleDesign(), {
      mode: 'review',
      reviewerName: 'QA office',
    });
    await user.click(screen.getByRole('button', { name: 'Comment on Type of quality assurance' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Your comment on Type of quality assurance' }),
      'Cite the procedure.',
    );
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(design().review.comments[0]).toMatchObject({
      anchor: { section: 'credential', itemId: 'qualityAssurance' },
      text: 'Cite the procedure.',
    });
  });
});
