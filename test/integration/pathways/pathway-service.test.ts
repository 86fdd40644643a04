import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogService } from '../../../main/services/catalog/catalog-service';
import { CheckService } from '../../../main/services/checks/check-service';
import { ExportService } from '../../../main/services/export/export-service';
import { writeDesignFile } from '../../../main/services/files/design-file';
import { Library } from '../../../main/services/library/library';
import { PathwayService } from '../../../main/services/pathways/pathway-service';
import { createTranslator, formatFinding } from '../../../shared/i18n';
import { EXAMPLES_DIR, loadDesign, sampleDesign } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

const catalog = new CatalogService();
const checks = new CheckService(catalog);
const exporter = new ExportService(catalog, checks);
const EXAMPLE = join(EXAMPLES_DIR, 'cities-in-transition.cbpath');
const NOW = new Date('2026-03-02T09:00:00Z');
const t = createTranslator('en');

describe('pathway service', () => {
  const tempDir = useTempDirs();
  const service = (library?: Library) =>
    new PathwayService({ catalog, checks, exporter, ...(library ? { library: () => library } : {}) });

  it('reads the example pathway and finds its parts in the files beside it', async () => {
    const pathways = service();
    const { pathway, fromVersion } = await pathways.read(EXAMPLE);
    expect(fromVersion).toBe(1);
    const report = await pathways.report(pathway, EXAMPLE);
    expect(report.parts.map((p) => p.source)).toEqual([
      { kind: 'file', path: join(EXAMPLES_DIR, 'theme-urban-heat.cbld') },
      { kind: 'file', path: join(EXAMPLES_DIR, 'method-circular-campus.cbld') },
      { kind: 'file', path: join(EXAMPLES_DIR, 'partnership-inclusive-mobility.cbld') },
    ]);
    expect(report.analysis.totals.ects).toBe(12);
    expect(report.findings).toEqual([]);
  });

  it('finds a part in the library when its file is not beside the pathway, and says which part is missing', async () => {
    const dir = tempDir();
    copyFileSync(EXAMPLE, join(dir, 'cities.cbpath'));
    const library = Library.open(join(dir, 'library'));
    library.save(loadDesign(join(EXAMPLES_DIR, 'theme-urban-heat.cbld')));
    // The campus file is there but holds another design; the mobility file is not there at all.
    await writeDesignFile(join(dir, 'method-circular-campus.cbld'), sampleDesign());
    const pathways = service(library);
    const { pathway } = await pathways.read(join(dir, 'cities.cbpath'));
    const report = await pathways.report(pathway, join(dir, 'cities.cbpath'));
    expect(report.parts.map((p) => [p.part.id, p.source.kind, 'reason' in p.source ? p.source.reason : ''])).toEqual([
      ['p-heat', 'library', ''],
      ['p-campus', 'missing', 'other-design'],
      ['p-mobility', 'missing', 'not-found'],
    ]);
    expect(report.findings.map((f) => formatFinding(t, f))).toEqual([
      expect.stringMatching(
        /^P2, “Circular Campus Challenge: Designing Out Waste”: the file where it was now holds another design/,
      ),
      expect.stringMatching(/^P3, “Inclusive Mobility Lab with the City of Neckarfeld”, cannot be found/),
    ]);
    library.close();
  });

  it('calls a damaged part file unreadable, and works without a library', async () => {
    const dir = tempDir();
    copyFileSync(EXAMPLE, join(dir, 'cities.cbpath'));
    writeFileSync(join(dir, 'theme-urban-heat.cbld'), '{"schemaVersion": 3, "title": ');
    const pathways = service();
    const { pathway } = await pathways.read(join(dir, 'cities.cbpath'));
    const report = await pathways.report(pathway, join(dir, 'cities.cbpath'));
    expect(report.parts[0]!.source).toMatchObject({
      kind: 'missing',
      reason: 'unreadable',
      detail: expect.stringMatching(/ends too early/),
    });
  });

  it('adds parts with their files relative to the pathway, so the folder travels as a whole', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'designs'));
    const heat = loadDesign(join(EXAMPLES_DIR, 'theme-urban-heat.cbld'));
    await writeDesignFile(join(dir, 'designs', 'heat.cbld'), heat);
    const pathways = service();
    let pathway = pathways.create('Πόλεις · Orașe 🌍', 'en', NOW);
    pathway = pathways.addPart(pathway, heat, {
      file: join(dir, 'designs', 'heat.cbld'),
      pathwayPath: join(dir, 'p.cbpath'),
    });
    pathway = pathways.addPart(
      pathway,
      { id: 'lib-design', title: 'From the library' },
      { file: null, pathwayPath: null, required: false },
    );
    expect(pathway.parts.map((p) => [p.file, p.required])).toEqual([
      ['designs/heat.cbld', true],
      ['', false],
    ]);
    await pathways.write(join(dir, 'p.cbpath'), pathway);
    const { pathway: back } = await pathways.read(join(dir, 'p.cbpath'));
    expect(back).toEqual(pathway);
    const report = await pathways.report(back, join(dir, 'p.cbpath'));
    expect(report.parts[0]!.source.kind).toBe('file');
  });

  it('never writes over a file that is not a pathway, and refuses a file too large to be one', async () => {
    const dir = tempDir();
    const design = join(dir, 'heat.cbld');
    await writeDesignFile(design, sampleDesign());
    const pathways = service();
    const { pathway } = await pathways.read(EXAMPLE);
    await expect(pathways.write(design, pathway)).rejects.toMatchObject({
      message: expect.stringMatching(/is not a pathway file this version can read, so it was not overwritten/),
    });
    expect(readFileSync(design, 'utf8')).toContain('"interpretation"');
    writeFileSync(join(dir, 'big.cbpath'), Buffer.alloc(3 * 1024 * 1024, 0x20));
    await expect(pathways.read(join(dir, 'big.cbpath'))).rejects.toMatchObject({
      message: expect.stringMatching(/pathway files are at most 2\.0 MB/),
    });
    await expect(pathways.read(design)).rejects.toMatchObject({
      message: expect.stringMatching(/This is a design file \(\.cbld\), not a pathway/),
    });
  });

  it('renders the pathway document as DOCX and PDF, named after the pathway', async () => {
    const pathways = service();
    const { pathway } = await pathways.read(EXAMPLE);
    const report = await pathways.report(pathway, EXAMPLE);
    const pdf = await pathways.render(report, 'pdf', NOW);
    const docx = await pathways.render(report, 'docx', NOW);
    expect(pdf.fileName).toBe('cities-in-transition-a-stackable-certificate-in-civic-sustai-pathway.pdf');
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(docx.mime).toMatch(/wordprocessingml/);
    expect(Buffer.from(docx.bytes.subarray(0, 2)).toString()).toBe('PK');
  });
});
