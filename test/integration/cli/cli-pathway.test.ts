import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { EXAMPLES_DIR } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

const FILES = ['theme-urban-heat.cbld', 'method-circular-campus.cbld', 'partnership-inclusive-mobility.cbld'];
const STEM = 'cities-in-transition-a-stackable-certificate-in-civic-sustai';

/** `pathway check` and `pathway export`: a pathway file with its parts found beside it, then in the library. */
describe('CLI: pathways', () => {
  const tempDir = useTempDirs();
  const folder = () => {
    const dir = tempDir();
    for (const name of [...FILES, 'cities-in-transition.cbpath'])
      copyFileSync(join(EXAMPLES_DIR, name), join(dir, name));
    return { dir, file: join(dir, 'cities-in-transition.cbpath') };
  };

  it('checks the pathway of the three examples: totals, parts, coverage, no findings', async () => {
    const { dir, file } = folder();
    const result = await cli('pathway', 'check', file, '--library', join(dir, 'library'));
    expect(result.code, result.err).toBe(0);
    expect(result.out.split('\n')).toEqual([
      `${file}: "Cities in Transition: a stackable certificate in civic sustainability" — 3 parts; 0 errors, 0 warnings, 0 advice`,
      '  Credits: 12 ECTS (core 12, electives 0) of 12 targeted; 334 h of learner work; EQF 6, 7 (pathway: 7)',
      '  P1 Urban Heat and Health: Understanding Climate Risk in European Cities: 3 ECTS, 86 h, EQF 6',
      '  P2 Circular Campus Challenge: Designing Out Waste: 4 ECTS, 107 h, EQF 6',
      '  P3 Inclusive Mobility Lab with the City of Neckarfeld: 5 ECTS, 141 h, EQF 7',
      '  Coverage: 16 competences, 9 SDG targets; promised but assessed by no part: none; assessed by several parts: GreenComp 2.1 Systems thinking',
    ]);
  });

  it('prints JSON with a stable shape, and exits 1 when the pathway has errors', async () => {
    const { dir, file } = folder();
    const pathway = JSON.parse(readFileSync(file, 'utf8')) as { target: { ects: number } };
    pathway.target.ects = 20;
    writeFileSync(file, JSON.stringify(pathway));
    const result = await cli('pathway', 'check', file, '--json', '--library', join(dir, 'library'));
    expect(result.code).toBe(1);
    const [report] = JSON.parse(result.out) as {
      ok: boolean;
      totals: { ects: number };
      coverage: { competences: { cells: unknown[] }[] };
      findings: { code: string; severity: string; message: string }[];
    }[];
    expect(report!.ok).toBe(true);
    expect(report!.totals.ects).toBe(12);
    expect(report!.coverage.competences[0]!.cells).toHaveLength(3);
    expect(report!.findings).toContainEqual(
      expect.objectContaining({ severity: 'error', code: expect.stringMatching(/^pathway\./) }),
    );
  });

  it('names a part it cannot find, and finds it in the library instead of its file', async () => {
    const { dir, file } = folder();
    const library = join(dir, 'library');
    writeFileSync(join(dir, FILES[0]!), '');
    const missing = await cli('pathway', 'check', file, '--library', library);
    expect(missing.out).toContain('P1 Urban Heat and Health: Understanding Climate Risk in European Cities: not found');
    const imported = await cli('import', join(EXAMPLES_DIR, FILES[0]!), '--library', library);
    expect(imported.code, imported.err).toBe(0);
    const found = await cli('pathway', 'check', file, '--library', library);
    expect(found.out).toContain('P1 Urban Heat and Health: Understanding Climate Risk in European Cities: 3 ECTS');
  });

  it.each([
    ['an empty file', '', /is empty/],
    ['a design file', readFileSync(join(EXAMPLES_DIR, FILES[1]!), 'utf8'), /design file \(\.cbld\), not a pathway/],
    ['cut JSON', '{"schemaVersion": 1, "type": "pathway", "parts": [', /line 1/],
  ])('refuses %s with exit 2 and a sentence, never a stack trace', async (_what, text, message) => {
    const dir = tempDir();
    const file = join(dir, 'bad.cbpath');
    writeFileSync(file, text);
    const result = await cli('pathway', 'check', file, '--library', join(dir, 'library'));
    expect(result.code).toBe(2);
    expect(result.out).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot be read: `));
    expect(result.out).toMatch(message);
    expect(result.text).not.toMatch(/\n\s+at /);
  });

  it('exports the pathway document as DOCX and PDF and the Europass specification next to the file', async () => {
    const { dir, file } = folder();
    for (const [format, name, magic] of [
      ['docx', `${STEM}-pathway.docx`, 'PK'],
      ['pdf', `${STEM}-pathway.pdf`, '%PDF-'],
      ['elm', `${STEM}-europass.jsonld`, '{'],
    ] as const) {
      const result = await cli('pathway', 'export', file, '--format', format, '--library', join(dir, 'library'));
      expect(result.code, result.err).toBe(0);
      expect(result.out).toMatch(
        new RegExp(`^Wrote ${join(dir, name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ KB\\)$`),
      );
      expect(readFileSync(join(dir, name)).subarray(0, magic.length).toString()).toBe(magic);
    }
    const elm = JSON.parse(readFileSync(join(dir, `${STEM}-europass.jsonld`), 'utf8')) as {
      learningAchievementSpecification: { hasPart: unknown[] };
    };
    expect(elm.learningAchievementSpecification.hasPart).toHaveLength(3);
  });

  it('never replaces a file without --force, and says why a format is wrong', async () => {
    const { dir, file } = folder();
    const out = join(dir, 'doc.pdf');
    writeFileSync(out, 'keep me');
    const refused = await cli('pathway', 'export', file, '--format', 'pdf', '--out', out);
    expect(refused.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await cli('pathway', 'export', file, '--format', 'pdf', '--out', out, '--force');
    expect(forced.code, forced.err).toBe(0);
    const wrong = await cli('pathway', 'export', file, '--format', 'odt');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/Allowed choices are docx, pdf, elm/);
  });
});
