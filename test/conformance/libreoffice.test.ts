import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogService } from '../../main/services/catalog/catalog-service';
import { CheckService } from '../../main/services/checks/check-service';
import { ExportService } from '../../main/services/export/export-service';
import type { DocumentKind, DocumentModel } from '../../shared/document';
import { PALETTE } from '../../shared/document/theme';
import { missingBookmarks, modelHeadings, pdfFacts, strandedAtPageEnd, tokens } from '../helpers/conformance';
import { exampleFiles, loadDesign } from '../helpers/designs';

/**
 * The DOCX as LibreOffice reads it (acceptance of issue 15): its ODT has every heading at its
 * level, its PDF export has a bookmark for every heading and no page ending with a heading or a
 * table header, and changing the table style's header fill in the styles part changes the header
 * of every table — no direct formatting overrides the style. One soffice run per target format.
 */
const catalog = new CatalogService();
const exporter = new ExportService(catalog, new CheckService(catalog));
const NOW = new Date('2026-03-02T09:00:00Z');
const DOCUMENTS: DocumentKind[] = ['spec', 'syllabus', 'proposal', 'review'];
const RESTYLED_FILL = 'FF0000';

const dir = mkdtempSync(join(tmpdir(), 'cd-lo-'));
const files: { name: string; model: DocumentModel }[] = [];

function soffice(target: 'odt' | 'pdf', names: string[]) {
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      target,
      '--outdir',
      join(dir, target),
      ...names.map((name) => join(dir, `${name}.docx`)),
    ],
    { stdio: 'ignore', timeout: 170_000 },
  );
}

const odtContent = (name: string) =>
  strFromU8(unzipSync(readFileSync(join(dir, 'odt', `${name}.odt`)))['content.xml']!);

const decode = (xml: string) =>
  xml
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n: string | undefined) => ' '.repeat(Number(n ?? 1)))
    .replace(/<text:tab\/>|<text:line-break\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The header fill of the table style, changed in word/styles.xml and nowhere else. */
function restyled(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const styles = strFromU8(parts['word/styles.xml']!);
  const changed = styles.replace(
    /(<w:style w:type="table" w:styleId="DataTable">[\s\S]*?<w:tblStylePr w:type="firstRow"><w:tcPr><w:shd [^>]*w:fill=")[0-9A-F]{6}/,
    `$1${RESTYLED_FILL}`,
  );
  expect(changed).not.toBe(styles);
  return zipSync({ ...parts, 'word/styles.xml': strToU8(changed) });
}

beforeAll(async () => {
  for (const file of exampleFiles()) {
    const design = loadDesign(file);
    for (const kind of DOCUMENTS) {
      const model = exporter.model(design, kind, NOW);
      const name = `${design.interpretation}-${kind}`;
      const bytes = await exporter.renderModel(model, 'docx');
      writeFileSync(join(dir, `${name}.docx`), bytes);
      files.push({ name, model });
      if (kind === 'proposal') {
        writeFileSync(join(dir, `${name}-restyled.docx`), restyled(bytes));
        files.push({ name: `${name}-restyled`, model });
      }
    }
  }
  soffice(
    'odt',
    files.map((f) => f.name),
  );
  soffice(
    'pdf',
    files.filter((f) => !f.name.endsWith('-restyled')).map((f) => f.name),
  );
}, 360_000);

describe('every DOCX as LibreOffice reads it', () => {
  it('has every heading at its level in the ODT', () => {
    for (const { name, model } of files.filter((f) => !f.name.endsWith('-restyled'))) {
      const found = [
        ...odtContent(name).matchAll(/<text:h [^>]*text:outline-level="(\d)"[^>]*>([\s\S]*?)<\/text:h>/g),
      ].map((m) => ({ level: Number(m[1]), text: tokens(decode(m[2]!)).join(' ') }));
      const expected = modelHeadings(model).map((h) => ({ level: h.level, text: tokens(h.text).join(' ') }));
      expect(found, name).toEqual(expected);
    }
  });

  it('exports a PDF with a bookmark for every heading and no heading or table header ending a page', () => {
    for (const { name, model } of files.filter((f) => !f.name.endsWith('-restyled'))) {
      const pdf = pdfFacts(readFileSync(join(dir, 'pdf', `${name}.pdf`)));
      expect([...missingBookmarks(model, pdf.outline), ...strandedAtPageEnd(model, pdf.pages)], name).toEqual([]);
    }
  });

  it('re-templates every table when the table style’s header fill changes in the styles part', () => {
    for (const { name, model } of files.filter((f) => f.name.endsWith('-restyled'))) {
      const content = odtContent(name);
      const fills = new Map(
        [
          ...content.matchAll(/<style:style style:name="([^"]+)" style:family="table-cell">([\s\S]*?)<\/style:style>/g),
        ].map((m) => [m[1]!, /fo:background-color="#([0-9a-f]{6})"/i.exec(m[2]!)?.[1]?.toUpperCase() ?? null]),
      );
      const headerFills = [
        ...content.matchAll(/<table:table [\s\S]*?<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g),
      ].map((m) =>
        [...m[1]!.matchAll(/<table:table-cell table:style-name="([^"]+)"/g)].map((cell) => fills.get(cell[1]!) ?? null),
      );
      const dataTables = model.blocks.filter((b) => b.type === 'table').length;
      const red = headerFills.filter((row) => row.length > 0 && row.every((fill) => fill === RESTYLED_FILL));
      expect(red.length, name).toBe(dataTables);
      expect(headerFills.flat(), name).not.toContain(PALETTE.headerFill);
    }
  });
});
