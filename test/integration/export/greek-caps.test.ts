import { describe, expect, it } from 'vitest';
import { CatalogService } from '../../../main/services/catalog/catalog-service';
import { CheckService } from '../../../main/services/checks/check-service';
import { ExportService } from '../../../main/services/export/export-service';
import { docxFacts, pdfFacts } from '../../helpers/conformance';
import { loadExample } from '../../helpers/designs';

/**
 * Greek in capitals drops the tonos: the proposal's cover eyebrow ("Πρόταση έγκρισης …") set in
 * capitals must read ΠΡΟΤΑΣΗ ΕΓΚΡΙΣΗΣ, never ΠΡΌΤΑΣΗ ΈΓΚΡΙΣΗΣ, in the PDF and in the DOCX (Word
 * and LibreOffice keep the accents when they apply <w:caps/> themselves).
 */
const catalogs = new CatalogService();
const exporter = new ExportService(catalogs, new CheckService(catalogs));
const NOW = new Date('2026-03-02T09:00:00Z');
/** A word of two or more Greek capitals with a tonos: wrong in all-capitals text. */
const ACCENTED_CAPS = /[Α-ΩΪΫΆΈΉΊΌΎΏ]*[ΆΈΉΊΌΎΏ][Α-ΩΪΫΆΈΉΊΌΎΏ]*/gu;
const accentedCapitals = (text: string) => (text.match(ACCENTED_CAPS) ?? []).filter((word) => word.length > 1);

describe('Greek capitals in the documents', () => {
  const design = { ...loadExample('theme'), language: 'el' };

  it.each(['pdf', 'docx'] as const)('%s: the cover eyebrow is in capitals without accents', async (format) => {
    const { bytes } = await exporter.render(design, 'proposal', format, NOW);
    const text = format === 'pdf' ? pdfFacts(bytes).raw : docxFacts(bytes).text;
    expect(text).toContain('ΠΡΟΤΑΣΗ ΕΓΚΡΙΣΗΣ');
    expect(accentedCapitals(text)).toEqual([]);
  });
});
