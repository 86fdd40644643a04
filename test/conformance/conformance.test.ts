import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogService } from '../../main/services/catalog/catalog-service';
import { CheckService } from '../../main/services/checks/check-service';
import { ExportService } from '../../main/services/export/export-service';
import { PathwayService } from '../../main/services/pathways/pathway-service';
import type { DocumentKind, DocumentModel, DocumentModelKind } from '../../shared/document';
import type { Design } from '../../shared/model';
import {
  docxFacts,
  headingsWithoutOutline,
  missingBookmarks,
  missingText,
  modelUnits,
  pdfFacts,
  REPLACEMENT_CHARACTER,
  rtlOrderProblems,
  setDocumentDirection,
  skippedHeadingLevels,
  strandedAtPageEnd,
} from '../helpers/conformance';
import { EXAMPLES_DIR, exampleFiles, loadDesign } from '../helpers/designs';
import { arabicDesign, stressDesign, STRESS_TEXT } from '../helpers/stress-designs';

/**
 * The conformance harness (issue 15): every document × format × design, the three examples plus
 * a stress design and an all-Arabic one. A board reads these documents as they are, so nothing
 * of the model may be dropped, no character may print as "�", every heading must be a heading to
 * the reader's tools, no page may end with a heading or a table header, and the file must say
 * its language and title.
 */
const catalog = new CatalogService();
const checks = new CheckService(catalog);
const exporter = new ExportService(catalog, checks);
const pathways = new PathwayService({ catalog, checks, exporter });
const NOW = new Date('2026-03-02T09:00:00Z');
const DOCUMENTS: DocumentKind[] = ['spec', 'syllabus', 'proposal', 'review'];

const designs: [string, () => Design][] = [
  ...exampleFiles().map((file): [string, () => Design] => [basename(file, '.cbld'), () => loadDesign(file)]),
  ['stress', stressDesign],
  ['arabic', arabicDesign],
];

/** The pathway of the three examples (issue 20): its parts are read from their files beside it. */
async function pathwayModel(): Promise<DocumentModel> {
  const path = join(EXAMPLES_DIR, 'cities-in-transition.cbpath');
  const { pathway } = await pathways.read(path);
  return pathways.model(await pathways.report(pathway, path), NOW);
}

const cases: (readonly [string, DocumentModelKind, () => Promise<DocumentModel>])[] = [
  ...designs.flatMap(([name, make]) =>
    DOCUMENTS.map((kind) => [name, kind, async () => exporter.model(make(), kind, NOW)] as const),
  ),
  ['cities-in-transition', 'pathway', pathwayModel],
];

/** Right-to-left phrases each design prints, whose words must read right to left. */
const RTL_PHRASES: Record<string, string[]> = {
  stress: [STRESS_TEXT.hebrew, STRESS_TEXT.arabic],
  arabic: ['الحرارة الحضرية والصحة'],
};

async function render(make: () => Promise<DocumentModel>, format: 'docx' | 'pdf') {
  const model = await make();
  const bytes = await exporter.renderModel(model, format);
  return { model, bytes };
}

function expectNoProblems(problems: string[]) {
  expect(problems, problems.join('\n')).toEqual([]);
}

describe.each(cases)('%s · %s', (name, kind, make) => {
  it('model: headings go down one level at a time', async () => {
    const model: DocumentModel = await make();
    expectNoProblems(skippedHeadingLevels(model));
  });

  it('PDF: all text in order, no "�", bookmarks for every heading, nothing stranded at a page end, language and title', async () => {
    const { model, bytes } = await render(make, 'pdf');
    const pdf = pdfFacts(bytes);
    setDocumentDirection(model.direction);
    expectNoProblems([
      ...(kind === 'review' ? [] : rtlOrderProblems(pdf.pages, RTL_PHRASES[name] ?? [])),
      ...missingText(modelUnits(model), pdf.raw),
      ...(pdf.raw.includes(REPLACEMENT_CHARACTER) ? ['prints "�" for a character it cannot show'] : []),
      ...missingBookmarks(model, pdf.outline),
      ...strandedAtPageEnd(model, pdf.pages),
      ...(pdf.lang === model.language ? [] : [`language ${pdf.lang}, expected ${model.language}`]),
      ...(pdf.title === model.properties.title ? [] : [`title "${pdf.title}"`]),
      ...(pdf.displayDocTitle ? [] : ['viewers show the file name, not the title (DisplayDocTitle)']),
    ]);
  });

  it('DOCX: all text in order, no "�", every heading at its outline level, language and title', async () => {
    const { model, bytes } = await render(make, 'docx');
    const docx = docxFacts(bytes);
    setDocumentDirection('ltr'); // DOCX stores text in logical order
    expectNoProblems([
      ...missingText(modelUnits(model), docx.text),
      ...(docx.parts['word/document.xml']!.includes(REPLACEMENT_CHARACTER) ? ['contains "�"'] : []),
      ...headingsWithoutOutline(model, docx),
      ...(docx.language === model.language ? [] : [`dc:language ${docx.language}, expected ${model.language}`]),
      ...(docx.styleLanguage === model.language ? [] : [`w:lang ${docx.styleLanguage}`]),
      ...(docx.title === model.properties.title ? [] : [`dc:title "${docx.title}"`]),
      ...(docx.updateFields && !docx.hasTableOfContents
        ? ['asks Word to update fields without a table of contents']
        : []),
    ]);
  });
});
