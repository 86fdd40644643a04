import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogService } from '../../../main/services/catalog/catalog-service';
import { CheckService } from '../../../main/services/checks/check-service';
import { ExportService } from '../../../main/services/export/export-service';
import { PathwayService } from '../../../main/services/pathways/pathway-service';
import { lineText, type Block, type DocumentModel } from '../../../shared/document';
import { createFrameworkCompetence } from '../../../shared/model';
import type { Pathway } from '../../../shared/pathway';
import { modelUnits } from '../../helpers/conformance';
import { clone, EXAMPLES_DIR } from '../../helpers/designs';

const catalog = new CatalogService();
const checks = new CheckService(catalog);
const pathways = new PathwayService({ catalog, checks, exporter: new ExportService(catalog, checks) });
const EXAMPLE = join(EXAMPLES_DIR, 'cities-in-transition.cbpath');
const NOW = new Date('2026-03-02T09:00:00Z');

async function model(change: (pathway: Pathway) => void = () => {}): Promise<DocumentModel> {
  const { pathway } = await pathways.read(EXAMPLE);
  const changed = clone(pathway);
  change(changed);
  return pathways.model(await pathways.report(changed, EXAMPLE), NOW);
}

const tables = (doc: DocumentModel) =>
  doc.blocks.filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
const headings = (doc: DocumentModel) =>
  doc.blocks.flatMap((b) => (b.type === 'heading' ? [`${b.level} ${b.text}`] : []));
const allText = (doc: DocumentModel) =>
  modelUnits(doc)
    .flatMap((unit) => unit.cells)
    .join('\n');

describe('the pathway document', () => {
  it('holds the totals, the parts, both coverage matrices and the overlaps, under headings one level apart', async () => {
    const doc = await model();
    expect(doc).toMatchObject({ kind: 'pathway', language: 'en', tableOfContents: false });
    expect(headings(doc)).toEqual([
      '1 Cities in Transition: a stackable certificate in civic sustainability',
      '2 Pathway checks',
      '2 Parts and their order',
      '2 Competences: which part covers which',
      '2 SDG targets: which part covers which',
      '2 Overlaps',
    ]);
    const [parts, competences, targets] = tables(doc);
    expect(parts!.columns.map((c) => c.title)).toEqual([
      'No.',
      'Micro-credential',
      'Role',
      'ECTS',
      'Hours',
      'EQF',
      'Requires',
    ]);
    expect(parts!.rows.map((row) => lineText(row[6]!.lines[0]!))).toEqual(['–', '–', 'P1']);
    expect(competences!.columns.map((c) => c.title)).toEqual(['Competence', 'P1', 'P2', 'P3']);
    const systems = competences!.rows.find((row) => lineText(row[0]!.lines[0]!) === 'GreenComp 2.1 Systems thinking')!;
    expect(systems.slice(1).map((c) => [lineText(c.lines[0]!), c.shade])).toEqual([
      ['●', 'link'],
      ['', undefined],
      ['●', 'link'],
    ]);
    expect(targets!.rows).toHaveLength(9);
    expect(allText(doc)).toMatch(/12 ECTS \(12 core, 0 elective\)/);
    expect(allText(doc)).toMatch(/GreenComp 2\.1 Systems thinking: P1 and P3/);
    expect(allText(doc)).not.toMatch(/document\.pathway\.|checks\.pathway\./);
  });

  it('shades a promised competence no part assesses, lists it as a gap and reports the check', async () => {
    const doc = await model((p) => p.competences.push(createFrameworkCompetence('digcomp', 'digcomp.5.1')));
    const competences = tables(doc).find((table) => table.columns[0]!.title === 'Competence')!;
    const gap = competences.rows.find((row) => lineText(row[0]!.lines[0]!).startsWith('DigComp 2.2 5.1'))!;
    expect(gap[0]!.shade).toBe('gap');
    expect(headings(doc)).toContain('2 What no part covers');
    expect(allText(doc)).toMatch(/Draft: the pathway checks report 1 error\./);
    expect(allText(doc)).toMatch(/promises DigComp 2\.2 5\.1 Solving technical problems, but no part addresses it/);
  });

  it('still prints a pathway without parts: it says what to do', async () => {
    const doc = await model((p) => (p.parts = []));
    expect(allText(doc)).toMatch(/The pathway has no parts yet/);
    expect(tables(doc)).toHaveLength(1); // the findings only
  });
});
