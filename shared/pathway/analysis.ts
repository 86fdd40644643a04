import { competenceSourceName, type Catalog } from '../catalog';
import { workloadTotals, type CheckReport } from '../checks';
import type { Competence, Design } from '../model';
import type { Pathway, PathwayPart } from './model';

/**
 * What a pathway adds up to, from its parts' designs: credits, hours and EQF levels, which
 * competences and SDG targets each part covers and which none does, and where parts overlap.
 * Pure: the caller finds the designs (files, library) and runs their checks.
 */

/** Why a part's design is not there. */
export type MissingReason = 'not-found' | 'unreadable' | 'other-design';

/** A part with the design it stands for, once found. */
export interface ResolvedPart {
  part: PathwayPart;
  /** The design, or null when it could not be found or read. */
  design: Design | null;
  /** Where the design came from, or why it is missing. */
  source:
    | { kind: 'file'; path: string }
    | { kind: 'library' }
    /** The caller held it already (the app passes the parts it opened or added). */
    | { kind: 'held' }
    | { kind: 'missing'; reason: MissingReason; detail: string };
  /** The design's own checks (when the caller ran them). */
  report?: CheckReport;
}

/** How a part treats a competence or SDG target, from strongest to weakest. */
export type Coverage = 'assessed' | 'taught' | 'named';

export interface CoverageRow {
  /** Identity across designs: a framework reference ("greencomp.2.1"), an ESCO URI, or a custom title. */
  key: string;
  /** How documents and messages name it: "GreenComp 2.1 Systems thinking", "11.6". */
  label: string;
  /** The competence as one part (or the pathway) states it, to name it; for SDG rows, absent. */
  competence?: Competence;
  /** Promised by the pathway as a whole. */
  promised: boolean;
  /** One cell per part (in the pathway's order): how that part covers it, or null. */
  cells: (Coverage | null)[];
}

export interface PartFigures {
  part: PathwayPart;
  /** 1-based place in the suggested order ("P1"). */
  position: number;
  design: Design | null;
  ects: number | null;
  hours: number | null;
  eqfLevel: number | null;
  /** Errors its own design checks report (null when unknown). */
  errors: number | null;
}

export interface PathwayTotals {
  /** Credits of every part found (core and electives). */
  ects: number;
  coreEcts: number;
  electiveEcts: number;
  /** Hours of learner work in the parts found (their journeys and assessments). */
  hours: number;
  /** Distinct EQF levels of the parts, lowest first. */
  eqfLevels: number[];
  partsWithoutEcts: number;
  missingParts: number;
}

export interface PathwayAnalysis {
  parts: PartFigures[];
  totals: PathwayTotals;
  competences: CoverageRow[];
  sdgTargets: CoverageRow[];
  /** Promised competences no part assesses (some may be taught without an assessment). */
  unassessedCompetences: CoverageRow[];
  /** Promised SDG targets no part addresses. */
  uncoveredTargets: CoverageRow[];
  /** Competences assessed by more than one part: overlaps to justify (progression) or remove. */
  overlaps: CoverageRow[];
}

/** A competence's identity across designs (the same framework competence in two designs is one). */
export function competenceKey(competence: Competence): string {
  const { source } = competence;
  if (source.kind === 'framework') return source.ref;
  return source.escoUri || `custom:${source.title.trim().toLocaleLowerCase()}`;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Outcomes a summative assessment checks. */
function assessedOutcomes(design: Design): Set<string> {
  return new Set(
    design.assessments.filter((a) => a.purpose === 'summative').flatMap((assessment) => assessment.outcomeIds),
  );
}

const STRENGTH: Record<Coverage, number> = { assessed: 3, taught: 2, named: 1 };
const stronger = (a: Coverage | null, b: Coverage): Coverage => (a && STRENGTH[a] >= STRENGTH[b] ? a : b);

/** How one design covers each competence (by key) and SDG target it names. */
function coverageOf(design: Design): { competences: Map<string, Coverage>; targets: Map<string, Coverage> } {
  const assessed = assessedOutcomes(design);
  const competences = new Map<string, Coverage>();
  const targets = new Map<string, Coverage>();
  const keyById = new Map(design.competences.map((c) => [c.id, competenceKey(c)]));
  for (const key of keyById.values()) competences.set(key, stronger(competences.get(key) ?? null, 'named'));
  for (const code of design.challenge.sdgTargets) targets.set(code, stronger(targets.get(code) ?? null, 'named'));
  for (const outcome of design.outcomes) {
    const level: Coverage = assessed.has(outcome.id) ? 'assessed' : 'taught';
    for (const id of outcome.competenceIds) {
      const key = keyById.get(id);
      if (key) competences.set(key, stronger(competences.get(key) ?? null, level));
    }
    for (const code of outcome.sdgTargets) targets.set(code, stronger(targets.get(code) ?? null, level));
  }
  return { competences, targets };
}

/**
 * `resolved` holds the parts whose designs were looked for (any order); `catalog` (in the
 * pathway's language) names the framework competences.
 */
export function analysePathway(pathway: Pathway, resolved: readonly ResolvedPart[], catalog: Catalog): PathwayAnalysis {
  const byPart = new Map(resolved.map((r) => [r.part.id, r]));
  const ordered = pathway.parts.map(
    (part): ResolvedPart =>
      byPart.get(part.id) ?? { part, design: null, source: { kind: 'missing', reason: 'not-found', detail: '' } },
  );

  const parts: PartFigures[] = ordered.map(({ part, design, report }, index) => ({
    part,
    position: index + 1,
    design,
    ects: design?.credential.ects ?? null,
    hours: design ? workloadTotals(design).totalHours : null,
    eqfLevel: design?.credential.eqfLevel ?? null,
    errors: report ? report.counts.error : null,
  }));
  const found = parts.filter((p) => p.design);
  const sum = (items: PartFigures[]) => round(items.reduce((total, p) => total + (p.ects ?? 0), 0));
  const totals: PathwayTotals = {
    ects: sum(found),
    coreEcts: sum(found.filter((p) => p.part.required)),
    electiveEcts: sum(found.filter((p) => !p.part.required)),
    hours: round(found.reduce((total, p) => total + (p.hours ?? 0), 0)),
    eqfLevels: [...new Set(found.flatMap((p) => (p.eqfLevel === null ? [] : [p.eqfLevel])))].sort((a, b) => a - b),
    partsWithoutEcts: found.filter((p) => p.ects === null).length,
    missingParts: parts.length - found.length,
  };

  const coverage = parts.map((p) => (p.design ? coverageOf(p.design) : null));
  const competenceRows = new Map<string, CoverageRow>();
  const row = (rows: Map<string, CoverageRow>, key: string, competence?: Competence) => {
    let existing = rows.get(key);
    if (!existing) {
      existing = {
        key,
        label: competence ? competenceSourceName(catalog, competence.source, true) : key,
        ...(competence ? { competence } : {}),
        promised: false,
        cells: parts.map(() => null),
      };
      rows.set(key, existing);
    }
    return existing;
  };
  for (const competence of pathway.competences)
    row(competenceRows, competenceKey(competence), competence).promised = true;
  parts.forEach((p, index) => {
    for (const competence of p.design?.competences ?? []) row(competenceRows, competenceKey(competence), competence);
    for (const [key, level] of coverage[index]?.competences ?? []) row(competenceRows, key).cells[index] = level;
  });
  const targetRows = new Map<string, CoverageRow>();
  for (const code of pathway.sdgTargets) row(targetRows, code).promised = true;
  parts.forEach((_, index) => {
    for (const [code, level] of coverage[index]?.targets ?? []) row(targetRows, code).cells[index] = level;
  });
  const byTarget = (a: CoverageRow, b: CoverageRow) => {
    const [ga, ta] = a.key.split('.');
    const [gb, tb] = b.key.split('.');
    return (
      Number(ga) - Number(gb) || (Number(ta) || 1000 + ta!.charCodeAt(0)) - (Number(tb) || 1000 + tb!.charCodeAt(0))
    );
  };
  const competences = [...competenceRows.values()];
  const sdgTargets = [...targetRows.values()].sort(byTarget);
  const count = (r: CoverageRow, level: Coverage) => r.cells.filter((c) => c === level).length;

  return {
    parts,
    totals,
    competences,
    sdgTargets,
    unassessedCompetences: competences.filter((r) => r.promised && count(r, 'assessed') === 0),
    uncoveredTargets: sdgTargets.filter((r) => r.promised && count(r, 'assessed') + count(r, 'taught') === 0),
    overlaps: competences.filter((r) => count(r, 'assessed') > 1),
  };
}
