import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/program';
import { createTranslator } from '../../../shared/i18n';
import { ANNEX_I, type Design } from '../../../shared/model';
import { CatalogService } from '../../../main/services/catalog/catalog-service';
import { exampleFiles, loadDesign } from '../../helpers/designs';
import { collapse, docxText, docxXmlProblems, pdfContains, poppler } from '../../helpers/exported';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const DOCUMENTS = ['spec', 'syllabus', 'proposal'] as const;
const FORMATS = ['docx', 'pdf'] as const;
const t = createTranslator('en');
const sdg = new CatalogService().get('en').sdg;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** What a board must find in each document, whatever the format. */
function expectContent(text: string, design: Design, document: (typeof DOCUMENTS)[number], format: 'docx' | 'pdf') {
  const flat = collapse(text);
  const has = (phrase: string) =>
    format === 'pdf' ? expect(pdfContains(text, phrase), phrase).toBe(true) : expect(flat).toContain(collapse(phrase));
  for (const outcome of design.outcomes) has(outcome.statement);
  if (document !== 'syllabus') for (const element of ANNEX_I) has(`${element.number}. ${t(`annex.${element.key}`)}`);
  if (document !== 'spec') {
    for (const goal of design.challenge.sdgGoals) expect(flat).toContain(sdg.goals[goal - 1]!.short);
    const rubric = design.assessments.find((a) => a.rubric.criteria.length > 0)!.rubric;
    has(rubric.criteria[0]!.descriptors[0]!.text);
    if (design.challenge.owner.name) expect(flat).toContain(design.challenge.owner.name);
  }
  for (const assessment of design.assessments.filter((a) => a.purpose === 'summative'))
    expect(flat).toContain(`${assessment.weight}%`); // English writes "30%", French "30 %"
}

describe('export of every example × document × format through the CLI', () => {
  const out = mkdtempSync(join(tmpdir(), 'cd-export-'));
  const files = exampleFiles();

  beforeAll(async () => {
    for (const file of files)
      for (const document of DOCUMENTS)
        for (const format of FORMATS) {
          const target = join(out, `${basename(file, '.cbld')}-${document}.${format}`);
          const result = await cli('export', file, '--document', document, '--format', format, '--out', target);
          expect(result.code, result.err).toBe(0);
          expect(result.out).toContain(`Wrote ${target}`);
        }
  }, 120_000);

  describe.each(files.map((file) => [basename(file), file] as const))('%s', (name, file) => {
    const design = loadDesign(file);
    const stem = join(out, basename(file, '.cbld'));
    it.each(DOCUMENTS)('%s as DOCX parses back with its content and well-formed XML', (document) => {
      const bytes = readFileSync(`${stem}-${document}.docx`);
      expect(docxXmlProblems(bytes)).toEqual([]);
      expectContent(docxText(bytes), design, document, 'docx');
    });
    it.each(DOCUMENTS)('%s as PDF parses back with its content and passes qpdf --check', (document) => {
      const path = `${stem}-${document}.pdf`;
      expectContent(poppler('pdftotext', readFileSync(path)), design, document, 'pdf');
      expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toMatch(
        /No syntax or stream encoding errors/,
      );
    });
    void name;
  });

  // LibreOffice opening every DOCX (headings, bookmarks, styles): test/conformance/libreoffice.test.ts.

  it('refuses to overwrite an existing file without --force, and replaces it with --force', async () => {
    const target = join(out, 'existing.pdf');
    writeFileSync(target, 'keep me');
    const refused = await cli('export', files[0]!, '--document', 'spec', '--format', 'pdf', '--out', target);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/already exists; it was not replaced/);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    const forced = await cli('export', files[0]!, '--document', 'spec', '--format', 'pdf', '--out', target, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('names the file after the title next to the design when --out is not given', async () => {
    const copy = join(out, 'copy.cbld');
    writeFileSync(copy, readFileSync(files[0]!));
    const result = await cli('export', copy, '--document', 'syllabus', '--format', 'docx');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Wrote .*circular-campus-challenge-designing-out-waste-syllabus\.docx/);
  });

  it('rejects unknown documents and formats with the choices', async () => {
    const result = await cli('export', files[0]!, '--document', 'poster', '--format', 'pdf');
    expect(result.code).not.toBe(0);
    expect(result.err).toMatch(/Allowed choices are spec, syllabus, proposal/);
  });
});
