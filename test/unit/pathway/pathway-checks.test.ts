import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks, workloadTotals } from '../../../shared/checks';
import { createTranslator, formatFinding } from '../../../shared/i18n';
import { createCustomCompetence, createFrameworkCompetence, type Design } from '../../../shared/model';
import {
  analysePathway,
  checkPathway,
  parsePathwayText,
  PATHWAY_CHECKS,
  type Pathway,
  type ResolvedPart,
} from '../../../shared/pathway';
import { catalog, checkContext } from '../../helpers/catalog';
import { clone, EXAMPLES_DIR, loadDesign } from '../../helpers/designs';

const FILES: Record<string, string> = {
  'p-heat': 'theme-urban-heat.cbld',
  'p-campus': 'method-circular-campus.cbld',
  'p-mobility': 'partnership-inclusive-mobility.cbld',
};

function example(): Pathway {
  const result = parsePathwayText(readFileSync(join(EXAMPLES_DIR, 'cities-in-transition.cbpath'), 'utf8'));
  if (!result.ok) throw new Error(result.problems[0]!.message);
  return result.value;
}

/** The parts as the service finds them: each example design, with its own checks. */
function resolve(pathway: Pathway, change: (partId: string, design: Design) => void = () => {}): ResolvedPart[] {
  return pathway.parts.map((part) => {
    const file = FILES[part.id];
    if (!file) return { part, design: null, source: { kind: 'missing', reason: 'not-found', detail: '' } };
    const design = clone(loadDesign(join(EXAMPLES_DIR, file)));
    change(part.id, design);
    return { part, design, source: { kind: 'file', path: file }, report: runChecks(design, checkContext()) };
  });
}

function run(pathway: Pathway, parts = resolve(pathway)) {
  const analysis = analysePathway(pathway, parts, catalog());
  return { analysis, findings: checkPathway(pathway, analysis, parts) };
}

const codes = (pathway: Pathway, parts?: ResolvedPart[]) => run(pathway, parts).findings.map((f) => f.code);

describe('what the pathway of the three examples adds up to', () => {
  const { analysis, findings } = run(example());

  it('totals credits, hours and EQF levels of the parts', () => {
    const designs = Object.values(FILES).map((file) => loadDesign(join(EXAMPLES_DIR, file)));
    expect(analysis.totals).toEqual({
      ects: 12,
      coreEcts: 12,
      electiveEcts: 0,
      hours: designs.reduce((sum, design) => sum + workloadTotals(design).totalHours, 0),
      eqfLevels: [6, 7],
      partsWithoutEcts: 0,
      missingParts: 0,
    });
    expect(analysis.parts.map((p) => [p.position, p.ects, p.eqfLevel])).toEqual([
      [1, 3, 6],
      [2, 4, 6],
      [3, 5, 7],
    ]);
  });

  it('says which part covers which competence, and names each as the frameworks do', () => {
    const systems = analysis.competences.find((row) => row.key === 'greencomp.2.1')!;
    expect(systems).toMatchObject({ label: 'GreenComp 2.1 Systems thinking', promised: true });
    expect(systems.cells).toEqual(['assessed', null, 'assessed']);
    const custom = analysis.competences.find((row) => row.label === 'Assess health risks from environmental exposures');
    expect(custom?.key).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    expect(custom?.cells).toEqual(['assessed', null, null]);
    // Every competence any part names is a row, the promised ones first.
    expect(analysis.competences.filter((row) => row.promised)).toHaveLength(5);
    expect(analysis.competences.length).toBe(5 + 11);
  });

  it('says which part covers which SDG target, in the order of the goals', () => {
    expect(analysis.sdgTargets.map((row) => row.key)).toEqual([
      '3.d',
      '10.2',
      '11.2',
      '11.7',
      '11.b',
      '12.3',
      '12.5',
      '12.8',
      '13.1',
    ]);
    expect(analysis.sdgTargets.find((row) => row.key === '11.2')).toMatchObject({
      promised: true,
      cells: [null, null, 'assessed'],
    });
  });

  it('finds the overlap: systems thinking is assessed in two parts', () => {
    expect(analysis.overlaps.map((row) => row.key)).toEqual(['greencomp.2.1']);
    expect(analysis.unassessedCompetences).toEqual([]);
    expect(analysis.uncoveredTargets).toEqual([]);
  });

  it('passes every pathway check', () => {
    expect(findings).toEqual([]);
  });
});

describe('pathway checks', () => {
  it.each<[string, (pathway: Pathway) => ResolvedPart[] | void, RegExp]>([
    ['pathway.no-parts', (p) => void (p.parts = []), /has no parts yet/],
    [
      'pathway.part-missing',
      (p) => void (p.parts[1]!.id = 'p-elsewhere'),
      /P2, “Circular Campus Challenge: Designing Out Waste”, cannot be found/,
    ],
    [
      'pathway.part-twice',
      (p) => void p.parts.push({ ...p.parts[0]!, id: 'p-heat-2', prerequisites: [] }),
      /P4 is the same design as P1/,
    ],
    ['pathway.no-target', (p) => void (p.target.eqfLevel = null), /does not state its credits and EQF level/],
    ['pathway.credits-target', (p) => void (p.target.ects = 10), /core parts add up to 12 ECTS, more than the 10 ECTS/],
    [
      'pathway.credits-target',
      (p) => void ((p.target.ects = 15), (p.parts[2]!.required = false)),
      /add up to 12 ECTS \(7 core, 5 elective\), short of the 15 ECTS/,
    ],
    [
      'pathway.part-no-ects',
      (p) => resolve(p, (id, d) => void (id === 'p-campus' && (d.credential.ects = null))),
      /P2, “Circular Campus.*”, states no ECTS credits/,
    ],
    [
      'pathway.part-no-level',
      (p) => resolve(p, (id, d) => void (id === 'p-campus' && (d.credential.eqfLevel = null))),
      /P2, .* states no EQF level/,
    ],
    [
      'pathway.level-above',
      (p) => void (p.target.eqfLevel = 6),
      /P3, .* is at EQF level 7, above the pathway's level 6/,
    ],
    [
      'pathway.level-below',
      (p) => void (p.target.eqfLevel = 8),
      /P1, .* is at EQF level 6, more than one level below the pathway's level 8/,
    ],
    [
      'pathway.competence-unassessed',
      (p) => void p.competences.push(createFrameworkCompetence('digcomp', 'digcomp.5.1')),
      /promises DigComp 2\.2 5\.1 .*, but no part addresses it/,
    ],
    [
      'pathway.competence-unassessed',
      (p) =>
        resolve(p, (_id, d) => {
          for (const a of d.assessments) a.purpose = 'formative';
        }),
      /promises GreenComp 2\.1 Systems thinking; parts work on it, but none assesses it summatively/,
    ],
    [
      'pathway.competence-unassessed',
      (p) => void p.competences.push(createCustomCompetence('Facilitating citizens’ assemblies')),
      /promises Facilitating citizens’ assemblies, but no part addresses it/,
    ],
    [
      'pathway.target-uncovered',
      (p) => void p.sdgTargets.push('6.1'),
      /addresses SDG target 6\.1, but no part's outcomes work on it/,
    ],
    [
      'pathway.prerequisite-cycle',
      (p) => void (p.parts[0]!.prerequisites = ['p-mobility']),
      /prerequisites go round in a circle \(P1, P3\)/,
    ],
    [
      'pathway.prerequisite-later',
      (p) => void (p.parts[0]!.prerequisites = ['p-campus']),
      /P1 requires P2, which comes later in the pathway's order/,
    ],
    [
      'pathway.part-not-ready',
      (p) => resolve(p, (id, d) => void (id === 'p-heat' && (d.outcomes[0]!.statement = ''))),
      /P1, “Urban Heat and Health.*”, still has \d+ errors? in its own design checks/,
    ],
  ])('%s: %s', (code, breakIt, message) => {
    const pathway = clone(example());
    const parts = breakIt(pathway) ?? resolve(pathway);
    const { findings } = run(pathway, parts);
    const finding = findings.find((f) => f.code === code);
    expect(finding, `findings: ${findings.map((f) => f.code).join(', ')}`).toBeDefined();
    expect(formatFinding(createTranslator('en'), finding!)).toMatch(message);
  });

  it('counts the parts of a pathway with electives right: the core within, core and electives reaching the target', () => {
    const pathway = clone(example());
    pathway.parts[1]!.required = false; // 8 core, 4 elective
    pathway.target.ects = 12;
    expect(codes(pathway)).not.toContain('pathway.credits-target');
    pathway.target.ects = 9;
    expect(codes(pathway)).not.toContain('pathway.credits-target');
  });

  it('does not add up credits while a part is missing or has none (it says that instead)', () => {
    const pathway = clone(example());
    pathway.parts[1]!.id = 'p-elsewhere';
    pathway.target.ects = 30;
    expect(codes(pathway)).toEqual(['pathway.part-missing']);
  });

  it('every check has an English message, and every message belongs to a check', () => {
    const en = JSON.parse(readFileSync(join(import.meta.dirname, '../../../shared/i18n/locales/en.json'), 'utf8'));
    const messages: Record<string, string> = en.checks.pathway;
    const names = PATHWAY_CHECKS.map((check) => check.code.replace('pathway.', ''));
    for (const name of names)
      expect(
        Object.keys(messages).filter((key) => key === name || key.startsWith(`${name}_`)),
        name,
      ).not.toEqual([]);
    for (const key of Object.keys(messages))
      expect(
        names.some((name) => key === name || key.startsWith(`${name}_`)),
        key,
      ).toBe(true);
  });
});
