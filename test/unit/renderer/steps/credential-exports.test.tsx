// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../../renderer/state/app-store';
import { useDesignStore } from '../../../../renderer/state/design-store';
import { CredentialExports } from '../../../../renderer/steps/review/CredentialExports';
import type { DesignerApi, EuropassValidation } from '../../../../shared/api';
import { sampleDesign } from '../../../helpers/designs';
import { browserInfo, renderStep } from '../../../helpers/render-step';

const homepageMissing: EuropassValidation = {
  conforms: false,
  findings: [
    {
      code: 'europass.homepage-missing',
      severity: 'error',
      messageKey: 'checks.europass.homepage-missing',
      params: {},
      target: { section: 'credential', field: 'offering.homepage' },
      path: 'credential.offering.homepage',
    },
  ],
};

function fakeApi(validation: EuropassValidation = homepageMissing) {
  return {
    'credentials.render': vi.fn(async ({ format }: { format: string }) => ({
      fileName: `sample-${format}.jsonld`,
      mime: 'application/ld+json',
      text: '{"type":"LearningOpportunity"}',
    })),
    'credentials.toFile': vi.fn(async ({ path }: { path: string }) => ({ path })),
    'credentials.validate': vi.fn(async () => validation),
    'dialogs.saveFile': vi.fn(async () => '/home/ana/course-europass.jsonld'),
  };
}

describe('the review step’s Europass and Open Badges exports', () => {
  let downloads: string[] = [];
  beforeEach(() => {
    downloads = [];
    useAppStore.getState().set({ europass: null, exporting: null });
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:test'), revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('lists the four files with what each is for and the name it gets', () => {
    renderStep(<CredentialExports />, sampleDesign(), { api: fakeApi() as unknown as DesignerApi });
    for (const name of [
      'Europass learning opportunity',
      'Europass credential for the EDC issuer',
      'Open Badges 3.0 achievement',
      'Open Badges 3.0 credential template',
    ])
      expect(screen.getByRole('button', { name: `Download the ${name}` })).toBeTruthy();
    expect(screen.getByText(/Qualification Dataset Register/)).toBeTruthy();
    expect(screen.getByText('sample-europass.jsonld')).toBeTruthy();
    expect(screen.getByText('sample-europass-credential.json')).toBeTruthy();
    expect(screen.getByText(/the issuer still adds the learner/)).toBeTruthy();
  });

  it('in the browser, downloads the file the export thread made', async () => {
    const api = fakeApi();
    const { user, design } = renderStep(<CredentialExports />, sampleDesign(), { api: api as unknown as DesignerApi });
    await user.click(screen.getByRole('button', { name: 'Download the Open Badges 3.0 achievement' }));
    await waitFor(() => expect(downloads).toEqual(['sample-ob3.jsonld']));
    expect(api['credentials.render']).toHaveBeenCalledExactlyOnceWith({ design: design(), format: 'ob3' });
    expect(useAppStore.getState().notice?.text).toBe('Open Badges 3.0 achievement downloaded as sample-ob3.jsonld.');
    expect(useAppStore.getState().exporting).toBeNull();
  });

  it('with native dialogs, asks where to save, with the JSON-LD filter', async () => {
    const api = fakeApi();
    const { user } = renderStep(<CredentialExports />, sampleDesign(), {
      api: api as unknown as DesignerApi,
      info: { ...browserInfo, transport: 'electron', nativeDialogs: true },
    });
    await user.click(screen.getByRole('button', { name: 'Save the Europass learning opportunity' }));
    await waitFor(() => expect(api['credentials.toFile']).toHaveBeenCalledOnce());
    expect(api['dialogs.saveFile']).toHaveBeenCalledWith({
      suggestedName: 'sample-europass.jsonld',
      extension: 'jsonld',
    });
    expect(api['credentials.toFile']).toHaveBeenCalledWith(
      expect.objectContaining({ format: 'elm', path: '/home/ana/course-europass.jsonld' }),
    );
    expect(downloads).toEqual([]);
  });

  it('validates for Europass; each finding leads to the field that fixes it', async () => {
    const api = fakeApi();
    const { user } = renderStep(<CredentialExports />, sampleDesign(), { api: api as unknown as DesignerApi });
    await user.click(screen.getByRole('button', { name: 'Validate for Europass' }));
    expect(await screen.findByText(/Europass would refuse this export for 1 reason/)).toBeTruthy();
    // Its name says where it leads (the visible sentence plus the step).
    await user.click(screen.getByRole('button', { name: /no web page yet.*go to micro-credential/i }));
    expect(useAppStore.getState()).toMatchObject({ step: 'credential', focusField: 'credential.offering.homepage' });
  });

  it('says when the design conforms, and when an edit made the result out of date', async () => {
    const { user } = renderStep(<CredentialExports />, sampleDesign(), {
      api: fakeApi({ conforms: true, findings: [] }) as unknown as DesignerApi,
    });
    await user.click(screen.getByRole('button', { name: 'Validate for Europass' }));
    expect(await screen.findByText(/meets every rule/)).toBeTruthy();
    useDesignStore.getState().update((d) => void (d.title = 'Changed'));
    expect(await screen.findByText(/has changed since this validation/)).toBeTruthy();
  });

  it('an error from the thread is said, and the button works again', async () => {
    const api = fakeApi();
    api['credentials.validate'].mockRejectedValueOnce(new Error('The design could not be validated: boom'));
    const { user } = renderStep(<CredentialExports />, sampleDesign(), { api: api as unknown as DesignerApi });
    await user.click(screen.getByRole('button', { name: 'Validate for Europass' }));
    await waitFor(() => expect(useAppStore.getState().notice?.text).toMatch(/could not be validated/));
    expect(useAppStore.getState().europass).toBeNull();
    expect((screen.getByRole('button', { name: 'Validate for Europass' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
