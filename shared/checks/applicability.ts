import type { Design } from '../model';

const has = (list: readonly unknown[]) => list.length > 0;
const summative = (design: Design) => design.assessments.some((a) => a.purpose === 'summative');
const declaredEcts = (design: Design) => design.credential.ects !== null && design.credential.ects > 0;

/**
 * Checks that look at something the design may not have yet (its outcomes, its assessments…)
 * pass trivially while it is missing. Such a pass says nothing, so readiness leaves them out
 * until there is something to check: an empty design reads 0 %, not 71 %. The findings are
 * unaffected (a check with nothing to look at finds nothing either way). Checks not listed
 * always count; those that report what is missing ("no outcomes yet") are among them.
 */
export const APPLIES_WHEN: Readonly<Record<string, (design: Design) => boolean>> = {
  'challenge.statement-not-actionable': (d) => d.challenge.statement.trim() !== '',
  'challenge.sdg-not-linked': (d) => has(d.challenge.sdgTargets),
  'outcome.empty': (d) => has(d.outcomes),
  'outcome.vague-verb': (d) => has(d.outcomes),
  'outcome.no-observable-verb': (d) => has(d.outcomes),
  'outcome.duplicate': (d) => d.outcomes.length > 1,
  'outcome.bloom-missing': (d) => has(d.outcomes),
  'outcome.bloom-verb-mismatch': (d) => has(d.outcomes),
  'outcome.eqf-cognitive-level': (d) => has(d.outcomes),
  'align.no-summative': (d) => has(d.outcomes),
  'align.outcome-not-assessed': (d) => has(d.outcomes) && summative(d),
  'align.outcome-not-practised': (d) => has(d.outcomes),
  'align.assessment-no-outcome': (d) => has(d.assessments),
  'align.activity-no-outcome': (d) => has(d.activities),
  'align.weights-sum': summative,
  'align.formative-weight': (d) => d.assessments.some((a) => a.purpose === 'formative'),
  'align.rubric-missing': summative,
  'align.rubric-incomplete': summative,
  'workload.ects-mismatch': (d) => declaredEcts(d) && (has(d.activities) || has(d.assessments)),
  'workload.no-hours': declaredEcts,
  'partnership.owner-role-missing': (d) => d.challenge.owner.name.trim() !== '',
  'syllabus.contact-missing': (d) => d.offering.teachers.some((t) => t.name.trim() !== ''),
  'syllabus.pass-rule-missing': summative,
  'translation.title-missing': (d) => has(d.translations) && d.title.trim() !== '',
  'translation.outcome-missing': (d) => has(d.translations) && d.outcomes.some((o) => o.statement.trim() !== ''),
  'syllabus.assessment-after-schedule': (d) => d.assessments.some((a) => a.week !== null) && has(d.activities),
};
