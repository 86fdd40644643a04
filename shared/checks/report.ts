import type { Design } from '../model';
import { alignmentMatrix, type AlignmentMatrix } from './alignment-matrix';
import { APPLIES_WHEN } from './applicability';
import { CHECKS } from './registry';
import {
  SEVERITIES,
  type CheckContext,
  type Finding,
  type FindingTarget,
  type MessageParams,
  type RuleContext,
  type Severity,
} from './types';
import type { VerbIndex } from './verbs';
import { workloadTotals, type WorkloadTotals } from './workload-totals';

/**
 * Readiness for approval: the share of applicable checks that pass, weighted by severity
 * (an error counts three times a warning; advice does not count). 100 only when nothing but
 * advice remains.
 */
const READINESS_WEIGHT: Record<Severity, number> = { error: 3, warning: 1, advice: 0 };

export interface Readiness {
  score: number;
  /** No errors left: the design can go to approval (warnings are for the board to weigh). */
  ready: boolean;
  passedChecks: number;
  applicableChecks: number;
}

export interface CheckReport {
  findings: Finding[];
  counts: Record<Severity, number>;
  readiness: Readiness;
  workload: WorkloadTotals;
  alignment: AlignmentMatrix;
}

export function targetPath(target: FindingTarget): string {
  const item = target.itemId ? `[${target.itemId}]` : '';
  return `${target.section}${item}${target.field ? `.${target.field}` : ''}`;
}

/**
 * The findings of the latest run per verb index (one per language): a finding that says the
 * same as last time is the same object, so a UI can skip what did not change (typing in one
 * outcome re-renders that outcome's findings, not all of them). Only the latest run is kept.
 */
const latestFindings = new WeakMap<VerbIndex, Map<string, Finding>>();

function findingKey(code: string, target: FindingTarget, params: MessageParams): string {
  return JSON.stringify([code, target.section, target.itemId, target.field, params]);
}

export function runChecks(design: Design, context: CheckContext): CheckReport {
  const previous = latestFindings.get(context.verbs);
  const current = new Map<string, Finding>();
  const rule: RuleContext = { ...context, alignment: alignmentMatrix(design), workload: workloadTotals(design) };
  const findings: Finding[] = [];
  let totalWeight = 0;
  let passedWeight = 0;
  let applicable = 0;
  let passed = 0;
  for (const check of CHECKS) {
    if (!check.interpretations.includes(design.interpretation)) continue;
    const hits = check.run(design, rule);
    // Nothing to check yet (no outcomes, no assessments…): a pass would say nothing.
    const weight = APPLIES_WHEN[check.code]?.(design) === false ? 0 : READINESS_WEIGHT[check.severity];
    totalWeight += weight;
    if (weight > 0) applicable++;
    if (hits.length === 0) {
      passedWeight += weight;
      if (weight > 0) passed++;
    }
    for (const hit of hits) {
      const params = hit.params ?? {};
      const key = findingKey(check.code, hit.target, params);
      const finding = current.get(key) ??
        previous?.get(key) ?? {
          code: check.code,
          severity: check.severity,
          messageKey: `checks.${check.code}`,
          params,
          target: hit.target,
          path: targetPath(hit.target),
        };
      current.set(key, finding);
      findings.push(finding);
    }
  }
  latestFindings.set(context.verbs, current);
  findings.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const counts = { error: 0, warning: 0, advice: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return {
    findings,
    counts,
    readiness: {
      score: totalWeight === 0 ? 100 : Math.round((passedWeight / totalWeight) * 100),
      ready: counts.error === 0,
      passedChecks: passed,
      applicableChecks: applicable,
    },
    workload: rule.workload,
    alignment: rule.alignment,
  };
}
