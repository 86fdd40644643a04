import { describe, expect, it } from 'vitest';
import { CHECKS, runChecks, type Finding } from '../../../shared/checks';
import { createTranslator, formatFinding } from '../../../shared/i18n';
import {
  createActivity,
  createOutcome,
  INTERPRETATIONS,
  type Design,
  type Interpretation,
} from '../../../shared/model';
import { catalog, checkContext } from '../../helpers/catalog';
import { clone, loadExample } from '../../helpers/designs';

const context = checkContext();
const t = createTranslator('en');
const findings = (design: Design) => runChecks(design, context).findings;
const codes = (design: Design) => new Set(findings(design).map((f) => f.code));
const message = (finding: Finding) => formatFinding(t, finding);

interface Trigger {
  code: string;
  on: Interpretation;
  breakIt: (design: Design) => void;
  /** Text the message must contain: it names the item, the element or the figures. */
  says: RegExp;
}

const TRIGGERS: Trigger[] = [
  {
    code: 'translation.title-missing',
    on: 'theme',
    breakIt: (d) => (d.translations = [{ language: 'fr', title: '', summary: '', outcomes: {} }]),
    says: /^The title has no translation yet \(French\)/,
  },
  {
    code: 'translation.outcome-missing',
    on: 'method',
    breakIt: (d) => (d.translations = [{ language: 'de', title: 'Campus', summary: '', outcomes: {} }]),
    says: /^LO1 has no translation yet \(German\)/,
  },
  {
    code: 'eu.missing-element',
    on: 'theme',
    breakIt: (d) => (d.credential.qualityAssurance = ''),
    says: /element 11, Type of quality assurance, is missing/,
  },
  {
    code: 'eu.optional-elements',
    on: 'theme',
    breakIt: (d) => (d.credential.prerequisites = ''),
    says: /Prerequisites to enrol/,
  },
  {
    code: 'syllabus.languages-missing',
    on: 'method',
    breakIt: (d) => (d.offering.languagesOfInstruction = []),
    says: /language\(s\) of instruction are not stated/,
  },
  {
    code: 'syllabus.teachers-missing',
    on: 'partnership',
    breakIt: (d) => (d.offering.teachers = [{ id: 'te-x', name: ' ', role: '', institution: '', email: '' }]),
    says: /No teacher is named/,
  },
  {
    code: 'syllabus.contact-missing',
    on: 'theme',
    breakIt: (d) => {
      d.offering.teachers.forEach((teacher) => (teacher.email = ''));
      d.offering.contact = '';
    },
    says: /how to reach the teachers/,
  },
  {
    code: 'syllabus.pass-rule-missing',
    on: 'theme',
    breakIt: (d) => (d.credential.passRule = ''),
    says: /pass rule is missing/,
  },
  {
    code: 'syllabus.dates-missing',
    on: 'method',
    breakIt: (d) => (d.offering.endDate = null),
    says: /no start and end date/,
  },
  {
    code: 'europass.homepage-missing',
    on: 'theme',
    breakIt: (d) => (d.offering.homepage = ''),
    says: /no web page yet/,
  },
  {
    code: 'europass.subject-area-missing',
    on: 'method',
    breakIt: (d) => (d.credential.subjectAreas = []),
    says: /field of education \(ISCED-F\)/,
  },
  {
    code: 'europass.learning-setting-missing',
    on: 'partnership',
    breakIt: (d) => (d.credential.learningSetting = null),
    says: /formal or non-formal/,
  },
  {
    code: 'europass.body-country-missing',
    on: 'partnership',
    breakIt: (d) => (d.credential.awardingBodies[1]!.country = ''),
    says: /Universitatea din București has no country/,
  },
  {
    code: 'europass.place-country-missing',
    on: 'theme',
    breakIt: (d) => (d.offering.locationCountry = ''),
    says: /which country the offering takes place in/,
  },
  {
    code: 'syllabus.place-missing',
    on: 'partnership',
    breakIt: (d) => (d.offering.location = ''),
    says: /place of the offering/,
  },
  {
    code: 'syllabus.assessment-after-schedule',
    on: 'theme',
    // Without dates the schedule ends with the last activity (week 5); two assessments are in week 6.
    breakIt: (d) => (d.offering.startDate = d.offering.endDate = null),
    says: /AS3 is planned in week 6, but the schedule ends in week 5/,
  },
  {
    code: 'challenge.statement-missing',
    on: 'method',
    breakIt: (d) => (d.challenge.statement = ' '),
    says: /statement is missing/,
  },
  {
    code: 'challenge.statement-not-actionable',
    on: 'theme',
    breakIt: (d) => (d.challenge.statement = 'How hot will our cities get?'),
    says: /is a question/,
  },
  {
    code: 'challenge.sdg-missing',
    on: 'theme',
    breakIt: (d) => {
      d.challenge.sdgGoals = [];
      d.challenge.sdgTargets = [];
      d.outcomes.forEach((o) => (o.sdgTargets = []));
    },
    says: /No Sustainable Development Goal/,
  },
  {
    code: 'challenge.sdg-no-targets',
    on: 'theme',
    breakIt: (d) => {
      d.challenge.sdgTargets = [];
      d.outcomes.forEach((o) => (o.sdgTargets = []));
    },
    says: /SDG \d+.* chosen, but no target/,
  },
  {
    code: 'challenge.sdg-not-linked',
    on: 'method',
    breakIt: (d) => d.outcomes.forEach((o) => (o.sdgTargets = [])),
    says: /No learning outcome links to the chosen SDG targets \(\d+\.\w+/,
  },
  {
    code: 'outcome.none',
    on: 'theme',
    breakIt: (d) => {
      d.outcomes = [];
      d.activities.forEach((a) => (a.outcomeIds = []));
      d.assessments.forEach((a) => {
        a.outcomeIds = [];
        a.rubric.criteria.forEach((c) => (c.outcomeIds = []));
      });
    },
    says: /no learning outcomes yet/,
  },
  {
    code: 'outcome.empty',
    on: 'theme',
    breakIt: (d) => (d.outcomes[1]!.statement = ''),
    says: /Learning outcome LO2 has no statement/,
  },
  {
    code: 'outcome.vague-verb',
    on: 'theme',
    breakIt: (d) => (d.outcomes[0]!.statement = 'Understand the causes of urban heat islands'),
    says: /LO1 \(“Understand the causes of urban heat islands”\) uses the vague verb “understand”/,
  },
  {
    code: 'outcome.no-observable-verb',
    on: 'theme',
    breakIt: (d) => (d.outcomes[2]!.statement = 'Heat islands and their effects on older residents'),
    says: /LO3 \(“Heat islands and their effects/,
  },
  {
    code: 'outcome.duplicate',
    on: 'method',
    breakIt: (d) => (d.outcomes[3]!.statement = `${d.outcomes[0]!.statement.toUpperCase()}.`),
    says: /LO4 .* repeats LO1/,
  },
  {
    code: 'outcome.bloom-missing',
    on: 'method',
    breakIt: (d) => (d.outcomes[0]!.bloom = null),
    says: /LO1 .* has no cognitive level/,
  },
  {
    code: 'outcome.bloom-verb-mismatch',
    on: 'partnership',
    breakIt: (d) => {
      d.outcomes[0]!.statement = 'Design a mobility audit with residents';
      d.outcomes[0]!.bloom = 'remember';
    },
    says: /LO1 uses the verb “design” \(create\) but is tagged remember/,
  },
  {
    code: 'outcome.eqf-cognitive-level',
    on: 'theme',
    breakIt: (d) =>
      d.outcomes.forEach((o) => {
        o.statement = `Describe ${o.statement}`;
        o.bloom = 'understand';
      }),
    says: /At EQF level 6/,
  },
  {
    code: 'align.no-summative',
    on: 'method',
    breakIt: (d) =>
      d.assessments.forEach((a) => {
        a.purpose = 'formative';
        a.weight = 0;
      }),
    says: /no summative assessment/,
  },
  {
    code: 'align.outcome-not-assessed',
    on: 'theme',
    breakIt: (d) =>
      d.assessments.forEach((a) => {
        a.outcomeIds = a.outcomeIds.filter((id) => id !== d.outcomes[1]!.id);
        a.rubric.criteria.forEach((c) => (c.outcomeIds = c.outcomeIds.filter((id) => id !== d.outcomes[1]!.id)));
      }),
    says: /LO2 \(“.+”\) is not assessed by any summative assessment/,
  },
  {
    code: 'align.outcome-not-practised',
    on: 'partnership',
    breakIt: (d) => d.activities.forEach((a) => (a.outcomeIds = a.outcomeIds.filter((id) => id !== d.outcomes[0]!.id))),
    says: /LO1 .* is not practised/,
  },
  {
    code: 'align.assessment-no-outcome',
    on: 'theme',
    breakIt: (d) => (d.assessments[0]!.outcomeIds = []),
    says: /Assessment AS1 \(“.+”\) does not assess/,
  },
  {
    code: 'align.activity-no-outcome',
    on: 'method',
    breakIt: (d) => (d.activities[2]!.outcomeIds = []),
    says: /Activity A3 \(“.+”\) is not linked/,
  },
  {
    code: 'align.weights-sum',
    on: 'partnership',
    breakIt: (d) => (d.assessments.find((a) => a.purpose === 'summative')!.weight += 15),
    says: /add up to 115%, not 100%/,
  },
  {
    code: 'align.formative-weight',
    on: 'method',
    breakIt: (d) => (d.assessments.find((a) => a.purpose === 'formative')!.weight = 10),
    says: /is formative but weighs 10 %/,
  },
  {
    code: 'align.rubric-missing',
    on: 'theme',
    breakIt: (d) => (d.assessments.find((a) => a.purpose === 'summative')!.rubric.criteria = []),
    says: /has no rubric/,
  },
  {
    code: 'align.rubric-incomplete',
    on: 'theme',
    breakIt: (d) => (d.assessments.find((a) => a.purpose === 'summative')!.rubric.criteria[0]!.descriptors = []),
    says: /has 4 empty cells/,
  },
  {
    code: 'workload.ects-mismatch',
    on: 'theme',
    breakIt: (d) => (d.credential.ects = 10),
    says: /add up to \d+(\.\d)? h, but 10 ECTS means 250-300 h/,
  },
  {
    code: 'workload.no-hours',
    on: 'method',
    breakIt: (d) => {
      d.activities.forEach((a) => {
        a.durationHours = 0;
        a.selfStudyHours = 0;
      });
      d.assessments.forEach((a) => (a.workloadHours = 0));
    },
    says: /4 ECTS are declared, but no activity/,
  },
  {
    code: 'workload.size',
    on: 'partnership',
    breakIt: (d) => (d.credential.ects = 20),
    says: /20 ECTS is unusual .* \(typically 1-15 ECTS\)/,
  },
  {
    code: 'method.phase-empty',
    on: 'method',
    breakIt: (d) =>
      d.activities.forEach((a) => {
        if (a.phase === 'act') a.phase = 'investigate';
      }),
    says: /The Act phase has no activities/,
  },
  {
    code: 'method.engage-incomplete',
    on: 'method',
    breakIt: (d) => (d.challenge.essentialQuestion = ''),
    says: /Engage needs an essential question/,
  },
  {
    code: 'method.reflection-missing',
    on: 'method',
    breakIt: (d) => {
      d.activities.forEach((a) => (a.reflective = false));
      d.assessments.forEach((a) => {
        if (['reflective-journal', 'portfolio', 'self-assessment'].includes(a.method)) a.method = 'project-report';
      });
    },
    says: /documents or reflects/,
  },
  {
    code: 'partnership.owner-missing',
    on: 'partnership',
    breakIt: (d) => (d.challenge.owner.name = ''),
    says: /challenge owner is missing/,
  },
  {
    code: 'partnership.owner-role-missing',
    on: 'partnership',
    breakIt: (d) => (d.challenge.owner.role = ''),
    says: /Describe the role of .+ in the credential/,
  },
  {
    code: 'partnership.agreement-missing',
    on: 'partnership',
    breakIt: (d) => {
      d.challenge.owner.agreement.data = '';
      d.challenge.owner.agreement.ethics = '';
    },
    says: /does not cover: data, ethics/,
  },
  {
    code: 'partnership.deliverable-missing',
    on: 'partnership',
    breakIt: (d) => (d.challenge.owner.deliverable = ''),
    says: /No deliverable/,
  },
  {
    code: 'partnership.owner-not-involved',
    on: 'partnership',
    breakIt: (d) =>
      d.assessments.forEach((a) => (a.assessors = a.assessors.filter((who) => who !== 'challenge-owner'))),
    says: /takes no part in feedback or assessment/,
  },
  {
    code: 'theme.no-challenge-analysis',
    on: 'theme',
    breakIt: (d) =>
      d.outcomes.forEach((o) => {
        o.bloom = 'apply';
        o.sdgTargets = [];
        o.statement = `Apply ${o.id} procedures`;
      }),
    says: /analyses the challenge itself/,
  },
  {
    code: 'balance.type-dominant',
    on: 'theme',
    breakIt: (d) => d.activities.forEach((a) => (a.learningType = 'acquisition')),
    says: /100 % of the learning time is acquisition/,
  },
  {
    code: 'balance.no-collaboration',
    on: 'method',
    breakIt: (d) =>
      d.activities.forEach((a) => {
        if (a.learningType === 'collaboration') a.learningType = 'production';
      }),
    says: /No time is spent on collaboration/,
  },
];

describe('design checks', () => {
  it.each(INTERPRETATIONS)('the %s example has no errors', (interpretation) => {
    const report = runChecks(loadExample(interpretation), context);
    expect(report.findings.filter((f) => f.severity === 'error').map(message)).toEqual([]);
    expect(report.readiness.ready).toBe(true);
  });

  it('has a trigger test for every registered check', () => {
    expect(TRIGGERS.map((trigger) => trigger.code).sort()).toEqual(CHECKS.map((check) => check.code).sort());
  });

  it.each(TRIGGERS)('$code fires on a broken $on design, with a specific message', ({ code, on, breakIt, says }) => {
    const good = loadExample(on);
    expect(codes(good).has(code), `${code} should be quiet on the ${on} example`).toBe(false);
    const broken = clone(good);
    breakIt(broken);
    const hits = findings(broken).filter((f) => f.code === code);
    expect(hits.length, `${code} did not fire`).toBeGreaterThan(0);
    expect(hits.map(message).join('\n')).toMatch(says);
  });

  it('takes the schedule from the offering dates when both are given', () => {
    const design = clone(loadExample('theme'));
    // Six weeks of dates cover the exam in week 6 that the activities (weeks 1-5) do not reach.
    expect(codes(design).has('syllabus.assessment-after-schedule')).toBe(false);
    design.offering.endDate = '2026-05-29'; // four weeks from 4 May
    const hits = findings(design).filter((f) => f.code === 'syllabus.assessment-after-schedule');
    expect(hits.map(message).join('\n')).toMatch(/week 6, but the offering's dates cover 4 weeks/);
    expect(hits[0]!.path).toMatch(/^assessment\[as-\d\]\.week$/);
  });

  it('applies interpretation-specific checks only to their reading', () => {
    const theme = clone(loadExample('theme'));
    theme.challenge.owner.name = '';
    expect(codes(theme).has('partnership.owner-missing')).toBe(false);
    const method = clone(loadExample('method'));
    method.outcomes.forEach((o) => (o.bloom = 'apply'));
    expect(codes(method).has('theme.no-challenge-analysis')).toBe(false);
  });

  it('matches the checks each interpretation lists in templates/interpretations', () => {
    for (const guide of catalog().interpretations) {
      const specific = CHECKS.filter(
        (c) => c.interpretations.length < INTERPRETATIONS.length && c.interpretations.includes(guide.id),
      );
      expect(guide.checks.slice().sort(), guide.id).toEqual(specific.map((c) => c.code).sort());
    }
  });

  it('points each finding at the item it concerns', () => {
    const design = clone(loadExample('theme'));
    const outcome = design.outcomes[1]!;
    outcome.statement = 'Know about heat';
    const hit = findings(design).find((f) => f.code === 'outcome.vague-verb')!;
    expect(hit.target).toEqual({ section: 'outcomes', itemId: outcome.id, field: 'statement' });
    expect(hit.path).toBe(`outcomes[${outcome.id}].statement`);
  });
});

describe('check report', () => {
  it('totals the workload and reports the ECTS range of the hours', () => {
    const design = clone(loadExample('method'));
    design.activities = [
      createActivity({ durationHours: 10, selfStudyHours: 5, learningType: 'collaboration', phase: 'engage' }),
      createActivity({ durationHours: 20, selfStudyHours: 15, learningType: 'production', phase: 'act' }),
    ];
    design.assessments.forEach((a, i) => (a.workloadHours = i === 0 ? 10 : 0));
    const { workload } = runChecks(design, context);
    expect(workload).toMatchObject({ activityHours: 30, selfStudyHours: 20, assessmentHours: 10, totalHours: 60 });
    expect(workload.ectsFromHours).toEqual({ min: 2, max: 2.4 });
    expect(workload.byLearningType.collaboration).toBe(15);
    expect(workload.byPhase).toMatchObject({ engage: 15, act: 35, investigate: 0 });
  });

  it('builds the alignment matrix from the links', () => {
    const design = clone(loadExample('theme'));
    const extra = createOutcome({ statement: 'Evaluate cooling measures' });
    design.outcomes.push(extra);
    const { alignment } = runChecks(design, context);
    expect(alignment.rows).toHaveLength(design.outcomes.length);
    expect(alignment.rows.at(-1)).toEqual({ outcomeId: extra.id, activityIds: [], summativeIds: [], formativeIds: [] });
    const first = design.activities[0]!;
    expect(alignment.links.has(`${first.outcomeIds[0]}|${first.id}`)).toBe(true);
  });

  it('scores readiness: 100 with no errors or warnings, lower as they appear', () => {
    const good = runChecks(loadExample('partnership'), context);
    const broken = clone(loadExample('partnership'));
    broken.credential.qualityAssurance = '';
    broken.challenge.owner.deliverable = '';
    const worse = runChecks(broken, context);
    expect(worse.readiness.score).toBeLessThan(good.readiness.score);
    expect(worse.readiness.ready).toBe(false);
    expect(worse.counts.error).toBeGreaterThanOrEqual(1);
    expect(worse.readiness.passedChecks).toBeLessThan(worse.readiness.applicableChecks);
  });

  it('orders findings errors first', () => {
    const design = clone(loadExample('theme'));
    design.credential.qualityAssurance = '';
    design.outcomes[0]!.statement = 'Understand heat';
    const severities = findings(design).map((f) => f.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['error', 'warning', 'advice'].indexOf(a) - ['error', 'warning', 'advice'].indexOf(b),
      ),
    );
  });
});
