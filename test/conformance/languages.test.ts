import { describe, expect, it } from 'vitest';
import { CatalogService } from '../../main/services/catalog/catalog-service';
import { CheckService } from '../../main/services/checks/check-service';
import { ExportService } from '../../main/services/export/export-service';
import type { DocumentKind } from '../../shared/document';
import { docxFacts, pdfFacts } from '../helpers/conformance';
import { exampleFiles, loadDesign } from '../helpers/designs';
import {
  englishDocumentPhrases,
  englishReferencePhrases,
  LANGUAGES,
  neutralDesign,
  phrasesIn,
} from '../helpers/languages';

/**
 * Document language = the design's language (issue 18): a design in each of the eight languages,
 * every document in both formats, holds none of the English headings, labels, Annex I element
 * names, enumeration values or English reference data, and says its language to the reader's
 * tools. The team's own texts are replaced by neutral tokens, so any English left is the app's.
 */
const catalogs = new CatalogService();
const exporter = new ExportService(catalogs, new CheckService(catalogs));
const NOW = new Date('2026-03-02T09:00:00Z');
const DOCUMENTS: DocumentKind[] = ['spec', 'syllabus', 'proposal', 'review'];
const examples = exampleFiles();

describe.each(LANGUAGES.map((language, i) => [language, examples[i % examples.length]!] as const))(
  'a design in %s',
  (language, file) => {
    const design = neutralDesign(loadDesign(file), language);
    const english = [
      ...(language === 'en' ? [] : englishDocumentPhrases(language)),
      ...englishReferencePhrases(design, catalogs.get('en'), catalogs.get(language)),
    ];

    it.each(DOCUMENTS)('%s: no English in either format, and the language is declared', async (kind) => {
      const model = exporter.model(design, kind, NOW);
      const pdf = pdfFacts(await exporter.renderModel(model, 'pdf'));
      const docx = docxFacts(await exporter.renderModel(model, 'docx'));
      expect({ pdf: phrasesIn(pdf.raw, english), docx: phrasesIn(docx.text, english) }).toEqual({ pdf: [], docx: [] });
      expect([pdf.lang, docx.language, docx.styleLanguage]).toEqual([language, language, language]);
    });
  },
);
