import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { createHandlers, openServices, type Services } from '../../../main/api/handlers';
import { ApiError, type DesignerApi } from '../../../shared/api';
import { serialisePathway, type Pathway } from '../../../shared/pathway';
import { directApi } from '../../helpers/api';
import { EXAMPLES_DIR, loadExample } from '../../helpers/designs';

const EXAMPLE = join(EXAMPLES_DIR, 'cities-in-transition.cbpath');
const DESIGN_FILES = ['theme-urban-heat.cbld', 'method-circular-campus.cbld', 'partnership-inclusive-mobility.cbld'];

/** The pathway methods of the contract, as the desktop app and the browser call them. */
describe('pathways over the API', () => {
  let root: string;
  let services: Services;
  let api: DesignerApi;
  let folder: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'cd-pathway-api-'));
    services = openServices(join(root, 'library'));
    api = directApi(services);
    // A folder as a team keeps it: the pathway and its parts' design files.
    folder = join(root, 'certificate');
    mkdirSync(folder);
    for (const name of [...DESIGN_FILES, 'cities-in-transition.cbpath'])
      copyFileSync(join(EXAMPLES_DIR, name), join(folder, name));
  });
  afterAll(async () => {
    await services.close();
    rmSync(root, { recursive: true, force: true });
  });

  const refusal = async (call: Promise<unknown>) => {
    const error = await call.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  };

  it('opens a pathway file with its parts found in the files beside it', async () => {
    const opened = await api['pathways.open']({ path: join(folder, 'cities-in-transition.cbpath') });
    expect(opened.fromVersion).toBe(1);
    expect(opened.parts.map((p) => [p.from, p.design?.title])).toEqual([
      ['file', loadExample('theme').title],
      ['file', loadExample('method').title],
      ['file', loadExample('partnership').title],
    ]);
    expect(opened.parts[0]!.detail).toBe(join(folder, 'theme-urban-heat.cbld'));
  });

  it('serves the example pathway with the three examples as its parts', async () => {
    const example = await api['pathways.example']({});
    expect(example.pathway.parts).toHaveLength(3);
    expect(example.parts.every((p) => p.from === 'held' && p.design !== null && p.detail === '')).toBe(true);
  });

  it('parses an uploaded pathway and looks its parts up in the library only', async () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    const before = await api['pathways.parse']({ name: 'cities.cbpath', text });
    expect(before.parts.map((p) => p.from)).toEqual(['missing', 'missing', 'missing']);
    expect(before.parts[0]!.detail).toMatch(/neither beside the pathway nor in the library/);
    await api['library.save']({ design: loadExample('method'), kind: 'save' });
    const after = await api['pathways.parse']({ name: 'cities.cbpath', text });
    expect(after.parts.map((p) => p.from)).toEqual(['missing', 'library', 'missing']);
  });

  it.each([
    ['a syntax error', '{"schemaVersion": 1,', /cities\.cbpath could not be opened: .*line 1/],
    [
      'a design file',
      readFileSync(join(EXAMPLES_DIR, DESIGN_FILES[0]!), 'utf8'),
      /This is a design file \(\.cbld\), not a pathway: add it to a pathway as one of its parts/,
    ],
    [
      'a newer format',
      JSON.stringify({ ...JSON.parse(readFileSync(EXAMPLE, 'utf8')), schemaVersion: 99 }),
      /newer version/,
    ],
    ['an unknown field', JSON.stringify({ ...JSON.parse(readFileSync(EXAMPLE, 'utf8')), colour: 'red' }), /colour/],
    [
      'a prerequisite that does not exist',
      readFileSync(EXAMPLE, 'utf8').replace(/"prerequisites": \[\n\s+"[^"]+"/, '"prerequisites": ["nowhere"'),
      /part "nowhere", which does not exist/,
    ],
  ])('refuses %s with a sentence that says what is wrong', async (_what, text, message) => {
    const error = await refusal(api['pathways.parse']({ name: 'cities.cbpath', text }));
    expect(['invalid-design', 'newer-version']).toContain(error.code);
    expect(`${error.message} ${error.details.join(' ')}`).toMatch(message);
  });

  it('saves a pathway elsewhere with its part files made relative to the new place', async () => {
    const { pathway } = await api['pathways.open']({ path: join(folder, 'cities-in-transition.cbpath') });
    const target = join(folder, 'drafts', 'copy.cbpath');
    mkdirSync(join(folder, 'drafts'));
    const from = join(folder, 'cities-in-transition.cbpath');
    const saved = await api['pathways.save']({ path: target, pathway, from });
    expect(saved.pathway.parts.map((p) => p.file)).toEqual(DESIGN_FILES.map((name) => `../${name}`));
    const reopened = await api['pathways.open']({ path: target });
    expect(reopened.parts.map((p) => p.from)).toEqual(['file', 'file', 'file']);
  });

  it('never writes a pathway over a design file', async () => {
    const { pathway } = await api['pathways.example']({});
    const design = join(folder, DESIGN_FILES[1]!);
    const before = readFileSync(design);
    const error = await refusal(api['pathways.save']({ path: design, pathway, from: null }));
    expect(error.message).toMatch(/not a pathway file this version can read, so it was not overwritten/);
    expect(readFileSync(design)).toEqual(before);
  });

  it('renders the pathway document as DOCX and PDF from the designs the app holds', async () => {
    const { pathway, parts } = await api['pathways.example']({});
    const designs = parts.map((p) => p.design!);
    const docx = await api['pathways.render']({ pathway, designs, format: 'docx' });
    expect(docx.fileName).toBe('cities-in-transition-a-stackable-certificate-in-civic-sustai-pathway.docx');
    expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const pdf = await api['pathways.render']({ pathway, designs, format: 'pdf' });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('exports the pathway for Europass as a specification with its parts, conforming to LOQ and EDC', async () => {
    const { pathway, parts } = await api['pathways.example']({});
    const designs = parts.map((p) => p.design!);
    const file = await api['pathways.europass']({ pathway, designs });
    expect(file.fileName).toMatch(/-europass\.jsonld$/);
    const document = JSON.parse(file.text) as {
      type: string;
      learningAchievementSpecification: { hasPart: { id: string; isPartOf: string[] }[] };
    };
    expect(document.type).toBe('LearningOpportunity');
    const spec = document.learningAchievementSpecification;
    expect(spec.hasPart.map((p) => p.id)).toEqual(designs.map((d) => `urn:epass:learningAchievementSpec:${d.id}`));
    expect(spec.hasPart[0]!.isPartOf).toEqual([`urn:epass:learningAchievementSpec:${pathway.id}`]);
    expect(file.text).toContain('2. Circular Campus Challenge: Designing Out Waste (core)');
    const validation = await api['pathways.validateEuropass']({ pathway, designs });
    expect(validation.violations).toEqual([]);
    expect(validation.conforms).toBe(true);
    // Without a web page the LOQ shapes say so, naming the node and property.
    const bare = await api['pathways.validateEuropass']({ pathway: { ...pathway, homepage: '' }, designs });
    expect(bare.conforms).toBe(false);
    expect(bare.violations).toContainEqual(
      expect.objectContaining({ profile: 'LOQ', path: 'http://xmlns.com/foaf/0.1/homepage' }),
    );
  }, 60_000);

  it('refuses the Europass export of a pathway with a part it cannot find, naming it', async () => {
    const { pathway, parts } = await api['pathways.example']({});
    const designs = parts.slice(1).map((p) => p.design!);
    const error = await refusal(api['pathways.europass']({ pathway, designs }));
    expect(error.message).toContain(
      'a part is missing (“Urban Heat and Health: Understanding Climate Risk in European Cities”). Add their designs',
    );
  });

  it('refuses every method that takes a path over HTTP, before reading the arguments', async () => {
    const handlers = createHandlers(services, { transport: 'http' });
    const pathway = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Pathway;
    for (const [method, args] of [
      ['pathways.open', { path: EXAMPLE }],
      ['pathways.save', { path: join(root, 'x.cbpath'), pathway, from: null }],
      ['pathways.toFile', { pathway, designs: [], format: 'pdf', path: join(root, 'x.pdf') }],
      ['pathways.europassToFile', { pathway, designs: [], path: join(root, 'x.jsonld') }],
      ['dialogs.openPathway', {}],
    ] as const) {
      const result = await dispatch(handlers, method, args, 'http');
      expect(result.ok ? '' : result.error.code, method).toBe('not-available');
    }
    // Over HTTP a pathway's part files are never read by path: parts come from the library only.
    const absolute = { ...pathway, parts: pathway.parts.map((p) => ({ ...p, file: join(EXAMPLES_DIR, p.file) })) };
    const parsed = await dispatch(
      handlers,
      'pathways.parse',
      { name: 'a.cbpath', text: serialisePathway(absolute) },
      'http',
    );
    expect(parsed.ok && (parsed.result as { parts: { from: string }[] }).parts.map((p) => p.from)).not.toContain(
      'file',
    );
  });

  it('refuses a malformed request with the field that is wrong', async () => {
    const handlers = createHandlers(services, { transport: 'http' });
    const result = await dispatch(handlers, 'pathways.render', { pathway: { type: 'pathway' }, format: 'pdf' }, 'http');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid-arguments');
    expect(!result.ok && result.error.message).toMatch(/pathways\.render was called with invalid arguments/);
  });

  it('writes the pathway file it is given in the browser the same way (a download of the text)', () => {
    const pathway = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Pathway;
    writeFileSync(join(root, 'roundtrip.cbpath'), serialisePathway(pathway));
    expect(JSON.parse(readFileSync(join(root, 'roundtrip.cbpath'), 'utf8'))).toEqual(pathway);
  });
});
