import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../main/api/handlers';
import type { DesignerApi } from '../../../shared/api';
import { clone, loadExample } from '../../helpers/designs';
import { directApi } from '../../helpers/api';

/** The credential methods of the contract, as the app and the browser call them. */
describe('credentials over the API', () => {
  let root: string;
  let services: Services;
  let api: DesignerApi;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'cd-credentials-api-'));
    services = openServices(join(root, 'library'));
    api = directApi(services);
  });
  afterAll(async () => {
    await services.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('renders each format as text with its file name and media type', async () => {
    const design = loadExample('partnership');
    const elm = await api['credentials.render']({ design, format: 'elm' });
    expect(elm.fileName).toBe('inclusive-mobility-lab-with-the-city-of-neckarfeld-europass.jsonld');
    expect(JSON.parse(elm.text)).toMatchObject({ type: 'LearningOpportunity', title: { en: design.title } });
    const upload = await api['credentials.render']({ design, format: 'elm-credential' });
    expect(upload.mime).toBe('application/json');
    expect(Object.keys(JSON.parse(upload.text))).toEqual(['credential']);
    const badge = await api['credentials.render']({ design, format: 'ob3' });
    expect(JSON.parse(badge.text)).toMatchObject({ name: design.title, achievementType: 'MicroCredential' });
  });

  it('validates for Europass with findings that name the field', async () => {
    const design = clone(loadExample('theme'));
    design.title = '';
    design.credential.awardingBodies = [];
    const { conforms, findings } = await api['credentials.validate']({ design });
    expect(conforms).toBe(false);
    expect(findings.map((f) => f.path)).toEqual(
      expect.arrayContaining(['overview.title', 'credential.awardingBodies']),
    );
    expect((await api['credentials.validate']({ design: loadExample('theme') })).conforms).toBe(true);
  });

  it('writes a file the save dialog chose, never into the library folder', async () => {
    const design = loadExample('method');
    const path = join(root, 'badge.jsonld');
    await api['credentials.toFile']({ design, format: 'ob3-credential', path });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
    });
    const inLibrary = join(root, 'library', 'x.jsonld');
    await expect(api['credentials.toFile']({ design, format: 'elm', path: inLibrary })).rejects.toMatchObject({
      code: 'protected',
    });
    expect(existsSync(inLibrary)).toBe(false);
  });

  it('opens a credential as a new design, and says plainly when a file is not one', async () => {
    const { text } = await api['credentials.render']({ design: loadExample('theme'), format: 'elm' });
    const opened = await api['credentials.import']({ name: 'course.jsonld', text });
    expect(opened.kind).toBe('elm-opportunity');
    expect(opened.design.title).toBe(loadExample('theme').title);
    await expect(api['credentials.import']({ name: 'x.json', text: '[1, 2]' })).rejects.toMatchObject({
      code: 'invalid-credential',
      message: expect.stringMatching(/not a Europass \(ELM\) or Open Badges 3\.0 document/),
    });
  });

  it('gives the ISCED-F fields for the subject picker', async () => {
    const fields = await api['credentials.subjectAreas']({});
    expect(fields['0521']).toBe('Environmental sciences');
    expect(Object.keys(fields).length).toBeGreaterThan(100);
  });
});
