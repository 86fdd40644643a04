import { SEVERITIES, type MessageParams, type Severity } from '../checks';
import type { PathwayAnalysis, PartFigures, ResolvedPart } from './analysis';
import type { Pathway } from './model';

/**
 * Checks of a pathway as a whole, in the style of the design checks (shared/checks): a stable
 * code, a severity, and a message `checks.<code>` in the shared messages, formatted by
 * formatFinding. What each part says about itself stays with the part's own design checks;
 * these look at how the parts stack.
 */

/** Where a pathway finding points: a part, a promised competence or SDG target, or the pathway. */
export interface PathwayFindingTarget {
  partId?: string;
  field?: 'parts' | 'target' | 'competences' | 'sdgTargets' | 'prerequisites';
  /** The competence key or SDG target code concerned. */
  key?: string;
}

export interface PathwayFinding {
  code: string;
  severity: Severity;
  messageKey: string;
  params: MessageParams;
  target: PathwayFindingTarget;
}

interface Hit {
  params?: MessageParams;
  target: PathwayFindingTarget;
}

interface PathwayCheck {
  code: string;
  severity: Severity;
  run(pathway: Pathway, analysis: PathwayAnalysis, parts: readonly ResolvedPart[]): Hit[];
}

const name = (p: PartFigures) => `P${p.position}`;
const title = (p: PartFigures) => p.design?.title || p.part.title || p.part.designId;

/** Parts that must come before each part, following prerequisites of prerequisites. */
function cycleParts(pathway: Pathway): string[] {
  const requires = new Map(pathway.parts.map((part) => [part.id, part.prerequisites]));
  const inCycle: string[] = [];
  for (const part of pathway.parts) {
    const seen = new Set<string>();
    const stack = [...part.prerequisites];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id === part.id) {
        inCycle.push(part.id);
        break;
      }
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(requires.get(id) ?? []));
    }
  }
  return inCycle;
}

/** Every pathway check, in the order findings are listed. Codes are stable. */
export const PATHWAY_CHECKS: readonly PathwayCheck[] = [
  {
    code: 'pathway.no-parts',
    severity: 'error',
    run: (pathway) => (pathway.parts.length === 0 ? [{ target: { field: 'parts' } }] : []),
  },
  {
    code: 'pathway.part-missing',
    severity: 'error',
    run: (_pathway, analysis, parts) =>
      parts.flatMap((resolved) => {
        if (resolved.source.kind !== 'missing') return [];
        const figures = analysis.parts.find((p) => p.part.id === resolved.part.id)!;
        return [
          {
            params: { part: name(figures), title: title(figures), context: resolved.source.reason },
            target: { partId: resolved.part.id },
          },
        ];
      }),
  },
  {
    code: 'pathway.part-twice',
    severity: 'error',
    run: (_pathway, analysis) =>
      analysis.parts.flatMap((p, index) => {
        const first = analysis.parts.findIndex((other) => other.part.designId === p.part.designId);
        return first < index
          ? [
              {
                params: { part: name(p), first: name(analysis.parts[first]!), title: title(p) },
                target: { partId: p.part.id },
              },
            ]
          : [];
      }),
  },
  {
    code: 'pathway.no-target',
    severity: 'warning',
    run: (pathway) =>
      pathway.target.ects === null || pathway.target.eqfLevel === null ? [{ target: { field: 'target' } }] : [],
  },
  {
    code: 'pathway.credits-target',
    severity: 'error',
    run: (pathway, { totals }) => {
      const target = pathway.target.ects;
      if (target === null || totals.partsWithoutEcts > 0 || totals.missingParts > 0) return [];
      const { coreEcts, electiveEcts } = totals;
      const params = { target, core: coreEcts, electives: electiveEcts, total: totals.ects };
      if (coreEcts > target) return [{ params: { ...params, context: 'over' }, target: { field: 'target' } }];
      if (coreEcts + electiveEcts < target)
        return [{ params: { ...params, context: 'under' }, target: { field: 'target' } }];
      // With no electives the core must be the whole credential.
      if (electiveEcts === 0 && coreEcts !== target)
        return [{ params: { ...params, context: 'under' }, target: { field: 'target' } }];
      return [];
    },
  },
  {
    code: 'pathway.part-no-ects',
    severity: 'warning',
    run: (_pathway, analysis) =>
      analysis.parts
        .filter((p) => p.design && p.ects === null)
        .map((p) => ({ params: { part: name(p), title: title(p) }, target: { partId: p.part.id } })),
  },
  {
    code: 'pathway.part-no-level',
    severity: 'warning',
    run: (_pathway, analysis) =>
      analysis.parts
        .filter((p) => p.design && p.eqfLevel === null)
        .map((p) => ({ params: { part: name(p), title: title(p) }, target: { partId: p.part.id } })),
  },
  {
    code: 'pathway.level-above',
    severity: 'error',
    run: (pathway, analysis) => {
      const level = pathway.target.eqfLevel;
      return level === null
        ? []
        : analysis.parts
            .filter((p) => p.eqfLevel !== null && p.eqfLevel > level)
            .map((p) => ({
              params: { part: name(p), title: title(p), partLevel: p.eqfLevel!, pathwayLevel: level },
              target: { partId: p.part.id },
            }));
    },
  },
  {
    code: 'pathway.level-below',
    severity: 'warning',
    run: (pathway, analysis) => {
      const level = pathway.target.eqfLevel;
      return level === null
        ? []
        : analysis.parts
            .filter((p) => p.eqfLevel !== null && p.eqfLevel < level - 1)
            .map((p) => ({
              params: { part: name(p), title: title(p), partLevel: p.eqfLevel!, pathwayLevel: level },
              target: { partId: p.part.id },
            }));
    },
  },
  {
    code: 'pathway.competence-unassessed',
    severity: 'error',
    // While a part is missing, what it would cover is unknown: part-missing says so first.
    run: (_pathway, analysis) =>
      analysis.totals.missingParts > 0
        ? []
        : analysis.unassessedCompetences.map((row) => ({
            params: {
              competence: row.label,
              context: row.cells.includes('taught') ? 'taught' : 'none',
            },
            target: { field: 'competences', key: row.key },
          })),
  },
  {
    code: 'pathway.target-uncovered',
    severity: 'warning',
    run: (_pathway, analysis) =>
      analysis.totals.missingParts > 0
        ? []
        : analysis.uncoveredTargets.map((row) => ({
            params: { target: row.key },
            target: { field: 'sdgTargets', key: row.key },
          })),
  },
  {
    code: 'pathway.prerequisite-cycle',
    severity: 'error',
    run: (pathway, analysis) => {
      const parts = cycleParts(pathway);
      return parts.length === 0
        ? []
        : [
            {
              params: {
                parts: analysis.parts
                  .filter((p) => parts.includes(p.part.id))
                  .map(name)
                  .join(', '),
              },
              target: { field: 'prerequisites' },
            },
          ];
    },
  },
  {
    code: 'pathway.prerequisite-later',
    severity: 'warning',
    run: (pathway, analysis) => {
      const position = new Map(analysis.parts.map((p) => [p.part.id, p]));
      return analysis.parts.flatMap((p) =>
        p.part.prerequisites
          .map((id) => position.get(id)!)
          .filter((before) => before && before.position > p.position)
          .map((before) => ({
            params: { part: name(p), prerequisite: name(before) },
            target: { partId: p.part.id, field: 'prerequisites' as const },
          })),
      );
    },
  },
  {
    code: 'pathway.part-not-ready',
    severity: 'warning',
    run: (_pathway, analysis) =>
      analysis.parts
        .filter((p) => p.errors !== null && p.errors > 0)
        .map((p) => ({ params: { part: name(p), title: title(p), count: p.errors! }, target: { partId: p.part.id } })),
  },
];

/** Runs every pathway check; findings by severity, then in check order. */
export function checkPathway(
  pathway: Pathway,
  analysis: PathwayAnalysis,
  parts: readonly ResolvedPart[],
): PathwayFinding[] {
  const findings = PATHWAY_CHECKS.flatMap((check) =>
    check.run(pathway, analysis, parts).map((hit) => ({
      code: check.code,
      severity: check.severity,
      messageKey: `checks.${check.code}`,
      params: hit.params ?? {},
      target: hit.target,
    })),
  );
  return findings.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}
