import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../main/services/library/library';
import { serialiseDesign } from '../../../main/services/files/design-file';
import { parseDesignText } from '../../../shared/model';
import { cli } from '../../helpers/cli';
import { exampleFiles, loadDesign, loadExample } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

const ANNEX_SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'elm', 'Sample-MC-Annex1-unsigned.jsonld');

/** `export --format elm|elm-credential|ob3|ob3-credential` and `import` of Europass / Open Badges files. */
describe('CLI: machine-readable credentials', () => {
  const tempDir = useTempDirs();
  const designIn = (dir: string) => {
    const file = join(dir, 'design.cbld');
    copyFileSync(
      exampleFiles().find((f) => f.includes('theme'))!,
      file,
    );
    return file;
  };

  it('exports each format next to the design, named after its title', async () => {
    const dir = tempDir();
    const file = designIn(dir);
    const title = loadDesign(file).title;
    for (const [format, suffix] of [
      ['elm', '-europass.jsonld'],
      ['elm-credential', '-europass-credential.json'],
      ['ob3', '-open-badge-achievement.jsonld'],
      ['ob3-credential', '-open-badge-credential.jsonld'],
    ] as const) {
      const result = await cli('export', file, '--format', format);
      expect(result.code, result.err).toBe(0);
      const written = join(dir, `urban-heat-and-health-understanding-climate-risk-in-european${suffix}`);
      expect(result.out).toBe(`Wrote ${written} (${Math.max(1, Math.round(readFileSync(written).length / 1024))} KB)`);
      expect(readFileSync(written, 'utf8')).toContain(title);
    }
  });

  it('never replaces a file without --force, and writes to --out', async () => {
    const dir = tempDir();
    const file = designIn(dir);
    const out = join(dir, 'badge.jsonld');
    writeFileSync(out, 'keep me');
    const refused = await cli('export', file, '--format', 'ob3', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/already exists; it was not replaced/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await cli('export', file, '--format', 'ob3', '--out', out, '--force')).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ achievementType: 'MicroCredential' });
  });

  it('says which options go together, with exit 2', async () => {
    const file = designIn(tempDir());
    const noDocument = await cli('export', file, '--format', 'pdf');
    expect(noDocument.code).toBe(2);
    expect(noDocument.err).toMatch(/--format pdf exports a document: say which with --document \(spec, syllabus/);
    const extra = await cli('export', file, '--format', 'elm', '--document', 'spec');
    expect(extra.code).toBe(2);
    expect(extra.err).toMatch(/--document applies to docx and pdf only/);
    const unknown = await cli('export', file, '--format', 'ob2');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Allowed choices are docx, pdf, elm, elm-credential, ob3, ob3-credential/);
  });

  it("imports the Commission's Annex I sample into the library as a new design, listing what did not map", async () => {
    const library = tempDir();
    const result = await cli('import', ANNEX_SAMPLE, '--library', library);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(
      /Sample-MC-Annex1-unsigned\.jsonld: a Europass credential, imported as the new design "Digital micro-credential creation" \(/,
    );
    expect(result.out).toMatch(/Not carried over .*:\n {4}\S+/);
    expect(result.out).toMatch(
      /credentialSubject\.fullName: \(the learner’s own data: filled in when the credential is issued/,
    );
    const opened = Library.open(library);
    try {
      const [summary] = opened.list();
      expect(summary!.title).toBe('Digital micro-credential creation');
      const design = opened.get(summary!.id);
      expect(design.credential.ects).toBe(2);
      expect(design.outcomes).toHaveLength(2);
    } finally {
      opened.close();
    }
  });

  it('imports our own Open Badges export and a design file in one go', async () => {
    const dir = tempDir();
    const file = designIn(dir);
    await cli('export', file, '--format', 'ob3');
    const badge = join(
      dir,
      'urban-heat-and-health-understanding-climate-risk-in-european-open-badge-achievement.jsonld',
    );
    const other = join(dir, 'other.cbld');
    writeFileSync(other, serialiseDesign(loadExample('method')));
    const result = await cli('import', badge, other, '--library', join(dir, 'library'));
    expect(result.code, result.out).toBe(0);
    expect(result.out).toMatch(/an Open Badges 3\.0 achievement, imported as the new design "Urban Heat and Health/);
    expect(result.out).toMatch(/other\.cbld: imported "/);
  });

  it('converts a Europass file into a design file with --out, never over an existing one', async () => {
    const dir = tempDir();
    const out = join(dir, 'annex.cbld');
    const result = await cli('import', ANNEX_SAMPLE, '--out', out);
    expect(result.code, result.out).toBe(0);
    expect(result.out).toMatch(/written as the design "Digital micro-credential creation" to .*annex\.cbld/);
    const parsed = parseDesignText(readFileSync(out, 'utf8'));
    expect(parsed.ok && parsed.design.credential.eqfLevel).toBe(6);
    const again = await cli('import', ANNEX_SAMPLE, '--out', out);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/already exists; it was not replaced/);
    const several = await cli('import', ANNEX_SAMPLE, ANNEX_SAMPLE, '--out', join(dir, 'x.cbld'));
    expect(several.code).toBe(2);
    expect(several.err).toMatch(/--out takes one Europass or Open Badges file/);
    expect(existsSync(join(dir, 'x.cbld'))).toBe(false);
  });

  it('refuses a JSON-LD file that is no credential with a sentence, and imports the rest', async () => {
    const dir = tempDir();
    const bogus = join(dir, 'person.jsonld');
    writeFileSync(bogus, JSON.stringify({ '@context': 'https://schema.org', type: 'Person', name: 'Ana' }));
    const result = await cli('import', bogus, ANNEX_SAMPLE, '--library', join(dir, 'library'));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/person\.jsonld: .*(not a Europass|nor an Open Badges)/);
    expect(result.out).toMatch(/imported as the new design "Digital micro-credential creation"/);
    expect(result.out).not.toMatch(/\n\s+at /);
  });
});
