import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogService } from '../../../main/services/catalog/catalog-service';
import { CheckService } from '../../../main/services/checks/check-service';
import { ExportService } from '../../../main/services/export/export-service';
import { loadElmVocabularies } from '../../../main/services/credentials/vocabularies';
import { designToElm } from '../../../shared/credentials/elm';
import type { Design } from '../../../shared/model';
import { cli } from '../../helpers/cli';
import { docxFacts, pdfFacts } from '../../helpers/conformance';
import { loadExample } from '../../helpers/designs';
import { docxParts } from '../../helpers/exported';
import { useTempDirs } from '../../helpers/temp';

/**
 * A bilingual specification (issue 18): the design's language and one of its translations, the
 * usual form for alliance credentials and diploma supplements. Both languages' title and outcomes
 * are in the document, the second tagged with its language.
 */
const catalogs = new CatalogService();
const exporter = new ExportService(catalogs, new CheckService(catalogs));
const NOW = new Date('2026-03-02T09:00:00Z');
// pdftotext keeps a hyphen at a line end with the line break: "heat-\nadaptation".
const flat = (text: string) => text.replace(/\s+/g, ' ').replace(/- /g, '-');

/** The urban-heat example with a French translation of its title and every outcome. */
function withFrench(): Design {
  const design = loadExample('theme');
  return {
    ...design,
    translations: [
      {
        language: 'fr',
        title: 'Chaleur urbaine et santé : comprendre le risque climatique dans les villes européennes',
        summary: 'Une microcertification sur la chaleur urbaine.',
        outcomes: Object.fromEntries(
          design.outcomes.map((o, i) => [
            o.id,
            `Acquis ${i + 1} : analyser les îlots de chaleur de la ville (n° ${i + 1})`,
          ]),
        ),
      },
    ],
  };
}

describe('bilingual specification', () => {
  const design = withFrench();
  const french = design.translations[0]!;

  it.each(['pdf', 'docx'] as const)('%s holds both languages’ title and outcomes', async (format) => {
    const { fileName, bytes } = await exporter.render(design, 'spec', format, NOW, { secondLanguage: 'fr' });
    expect(fileName).toMatch(/-spec-en-fr\.(pdf|docx)$/);
    const text = flat(format === 'pdf' ? pdfFacts(bytes).raw : docxFacts(bytes).text);
    for (const statement of [...design.outcomes.map((o) => o.statement), ...Object.values(french.outcomes)])
      expect(text).toContain(flat(statement));
    expect(text).toContain(flat(french.title));
    // Headings and Annex I names in both languages.
    expect(text).toContain('Learning outcomes / Acquis d’apprentissage');
    expect(text).toContain('Intitulé de la microcertification');
  });

  it('tags the French runs of the DOCX with their language, the document keeps the design’s', async () => {
    const { bytes } = await exporter.render(design, 'spec', 'docx', NOW, { secondLanguage: 'fr' });
    const xml = docxParts(bytes)['word/document.xml']!;
    expect(xml).toMatch(/<w:lang w:val="fr"\/>/);
    expect(docxFacts(bytes).language).toBe('en');
  });

  it('without a second language the specification stays in one', async () => {
    const text = flat(docxFacts((await exporter.render(design, 'spec', 'docx', NOW)).bytes).text);
    expect(text).not.toContain(Object.values(french.outcomes)[0]!);
  });

  it('refuses a language the design has no translation into, and the other documents, in a sentence', () => {
    expect(() => exporter.model(design, 'spec', NOW, { secondLanguage: 'de' })).toThrow(
      'This design has no translation into "de"; it has "fr".',
    );
    expect(() => exporter.model(design, 'syllabus', NOW, { secondLanguage: 'fr' })).toThrow(
      /Only the specification can be exported in two languages/,
    );
  });

  it('the ELM language maps carry the translations', () => {
    const elm = JSON.stringify(designToElm(design, { vocabularies: loadElmVocabularies() }));
    expect(elm).toContain(JSON.stringify(french.title));
    expect(elm).toContain(JSON.stringify(Object.values(french.outcomes)[0]));
  });
});

describe('export --second-language', () => {
  const tempDir = useTempDirs();

  it('writes the bilingual specification; a language without translation ends in a sentence and exit 2', async () => {
    const dir = tempDir();
    const file = join(dir, 'heat.cbld');
    writeFileSync(file, JSON.stringify(withFrench()));
    const out = join(dir, 'spec.pdf');
    const ok = await cli(
      'export',
      file,
      '--document',
      'spec',
      '--format',
      'pdf',
      '--second-language',
      'fr',
      '--out',
      out,
    );
    expect(ok.code, ok.text).toBe(0);
    expect(flat(pdfFacts(readFileSync(out)).raw)).toContain(
      flat(Object.values(withFrench().translations[0]!.outcomes)[0]!),
    );

    const refused = await cli('export', file, '--document', 'spec', '--format', 'pdf', '--second-language', 'el');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('This design has no translation into "el"; it has "fr".');
  });
});
