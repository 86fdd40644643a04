// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STEP_OF_SECTION } from '../../../../renderer/components/FindingList';
import { useAppStore } from '../../../../renderer/state/app-store';
import { DocumentPreview } from '../../../../renderer/steps/review/DocumentPreview';
import { ReviewStep } from '../../../../renderer/steps/review/ReviewStep';
import type { DesignerApi } from '../../../../shared/api';
import { runChecks } from '../../../../shared/checks';
import type { DocumentModel } from '../../../../shared/document';
import { createDesign } from '../../../../shared/model';
import { checkContext } from '../../../helpers/catalog';
import { sampleDesign } from '../../../helpers/designs';
import { browserInfo, renderStep } from '../../../helpers/render-step';

const draft = () => createDesign({ id: 'draft', interpretation: 'partnership', title: 'Draft' });
const previewHeadings = (document: string) =>
  within(screen.getByRole('region', { name: `Preview of the ${document}` }))
    .getAllByRole('heading')
    .map((heading) => heading.textContent);

describe('comparing with a design file in the browser', () => {
  it('offers the file in the UI’s words, never the browser’s own “Choose File”', async () => {
    renderStep(<ReviewStep />, sampleDesign());
    const input = await screen.findByLabelText('With a design file', { selector: 'input' });
    expect(input.getAttribute('type')).toBe('file');
    const button = input.closest('label.file-button');
    expect(button).not.toBeNull();
    expect(button!.textContent).toBe('Choose a file…');
  });
});

describe('ReviewStep readiness and findings', () => {
  it('shows the readiness score and the errors standing in the way', () => {
    const report = runChecks(draft(), checkContext());
    expect(report.counts.error).toBeGreaterThan(1);
    renderStep(<ReviewStep />, draft());
    expect(screen.getByRole('heading', { name: `Readiness for approval: ${report.readiness.score} %` })).toBeTruthy();
    expect(screen.getByText(new RegExp(`^${report.counts.error} errors still stand in the way`))).toBeTruthy();
    const errors = screen.getByRole('heading', { name: `${report.counts.error} errors` });
    expect(within(errors.parentElement!).getAllByRole('listitem')).toHaveLength(report.counts.error);
  });

  it('clicking a finding opens its step and focuses its field', async () => {
    const finding = runChecks(draft(), checkContext()).findings.find((f) => f.severity === 'error')!;
    const { user } = renderStep(<ReviewStep />, draft());
    const errors = screen.getByRole('heading', { name: /^\d+ errors$/ }).parentElement!;
    await user.click(within(errors).getAllByRole('button')[0]!);
    expect(useAppStore.getState()).toMatchObject({
      step: STEP_OF_SECTION[finding.target.section],
      focusField: finding.path,
    });
  });
});

describe('ReviewStep preview', () => {
  it('switches between the proposal, the specification and the syllabus', async () => {
    const { user } = renderStep(<ReviewStep />);
    const choice = (name: string) => screen.getByRole('button', { name });
    expect(choice('Approval proposal').getAttribute('aria-pressed')).toBe('true');
    expect(previewHeadings('Approval proposal')).toContain('Sign-off');

    await user.click(choice('Micro-credential specification'));
    expect(choice('Micro-credential specification').getAttribute('aria-pressed')).toBe('true');
    expect(previewHeadings('Micro-credential specification')).not.toContain('Learning journey');
    expect(previewHeadings('Micro-credential specification')).not.toContain('Sign-off');

    await user.click(choice('Course syllabus'));
    expect(previewHeadings('Course syllabus')).toContain('Learning journey');
    expect(previewHeadings('Course syllabus')).not.toContain('Sign-off');
  });

  it('the preview follows the design', () => {
    const design = sampleDesign();
    design.title = 'Heat and Health';
    renderStep(<ReviewStep />, design);
    const preview = within(screen.getByRole('region', { name: 'Preview of the Approval proposal' }));
    expect(preview.getByText('Heat and Health', { selector: '.doc-title' })).toBeTruthy();
  });
});

describe('DocumentPreview', () => {
  it('draws headings, runs, bullets and key-value rows', () => {
    const model = {
      language: 'en',
      direction: 'ltr',
      blocks: [
        { type: 'heading', level: 1, text: 'Overview' },
        { type: 'paragraph', content: ['Plain ', { text: 'bold', bold: true }] },
        { type: 'bullets', items: [['one'], ['two']] },
        { type: 'keyValue', rows: [{ label: 'ECTS', value: [['5']] }] },
      ],
    } as unknown as DocumentModel;
    renderStep(<DocumentPreview model={model} label="Preview" />);
    expect(screen.getByRole('region', { name: 'Preview' }).getAttribute('lang')).toBe('en');
    expect(screen.getByRole('heading', { level: 4, name: 'Overview' })).toBeTruthy();
    expect(screen.getByText('bold').style.fontWeight).toBe('600');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['one', 'two']);
    expect(screen.getByRole('definition').textContent).toBe('5');
  });
});

describe('ReviewStep exports', () => {
  const file = { fileName: 'sample-syllabus.pdf', mime: 'application/pdf', base64: btoa('%PDF-1.7') };
  let downloads: string[];

  function fakeApi() {
    return {
      'export.render': vi.fn(async () => file),
      'export.toFile': vi.fn(async ({ path }: { path: string }) => ({ path })),
      'dialogs.saveFile': vi.fn(async () => '/home/ana/syllabus.docx'),
    };
  }

  beforeEach(() => {
    downloads = [];
    // jsdom has no object URLs and does not navigate; record the download instead.
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:test'), revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('in the browser, renders the document through the API and downloads it', async () => {
    const api = fakeApi();
    const { user, design } = renderStep(<ReviewStep />, sampleDesign(), {
      api: api as unknown as DesignerApi,
    });
    await user.click(screen.getByRole('button', { name: 'Export the Course syllabus as PDF' }));
    await waitFor(() => expect(downloads).toEqual(['sample-syllabus.pdf']));
    expect(api['export.render']).toHaveBeenCalledExactlyOnceWith({
      design: design(),
      document: 'syllabus',
      format: 'pdf',
    });
    expect(api['dialogs.saveFile']).not.toHaveBeenCalled();
    expect(useAppStore.getState().notice?.text).toBe('Course syllabus downloaded as sample-syllabus.pdf.');
    expect(useAppStore.getState().exporting).toBeNull();
  });

  it('with native dialogs, asks where to save and writes the file there', async () => {
    const api = fakeApi();
    const { user } = renderStep(<ReviewStep />, sampleDesign(), {
      api: api as unknown as DesignerApi,
      info: { ...browserInfo, transport: 'electron', nativeDialogs: true },
    });
    await user.click(screen.getByRole('button', { name: 'Export the Approval proposal as DOCX' }));
    await waitFor(() => expect(api['export.toFile']).toHaveBeenCalledOnce());
    expect(api['export.toFile']).toHaveBeenCalledWith(
      expect.objectContaining({ document: 'proposal', format: 'docx', path: '/home/ana/syllabus.docx' }),
    );
    expect(api['export.render']).not.toHaveBeenCalled();
    expect(downloads).toEqual([]);
  });

  it('a failed export is reported and the buttons come back', async () => {
    const api = fakeApi();
    api['export.render'].mockRejectedValueOnce(new Error('The renderer crashed.'));
    const { user } = renderStep(<ReviewStep />, sampleDesign(), { api: api as unknown as DesignerApi });
    const button = screen.getByRole('button', { name: 'Export the Micro-credential specification as DOCX' });
    await user.click(button);
    await waitFor(() =>
      expect(useAppStore.getState().notice).toEqual({ tone: 'error', text: 'The renderer crashed.' }),
    );
    expect(button).toHaveProperty('disabled', false);
    expect(downloads).toEqual([]);
  });
});
