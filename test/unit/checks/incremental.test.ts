import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { buildVerbIndex, runChecks, type CheckContext } from '../../../shared/checks';
import {
  ASSESSMENT_METHODS,
  BLOOM_LEVELS,
  createActivity,
  createAssessment,
  createDesign,
  createOutcome,
  INTERPRETATIONS,
  LEARNING_TYPES,
  moveItem,
  PHASES,
  removeOutcome,
  setDescriptor,
  toggleLink,
  type Design,
} from '../../../shared/model';
import { catalog } from '../../helpers/catalog';
import { loadExample } from '../../helpers/designs';
import { mulberry32 } from '../../helpers/random';

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Statements that trip every outcome rule: vague verbs, no verb, blanks, other languages, duplicates. */
const STATEMENTS = [
  'Understand the causes of urban heat',
  'Know about flood risk',
  'Be aware of energy poverty',
  'Analyse heat maps of the district',
  'Create a cooling plan with residents',
  'Remember the SDG targets',
  'Students will be able to evaluate the trade-offs',
  'the data of the municipality',
  '',
  '   ',
  'Analysieren Sie die Daten der Stadt',
  'Evaluează impactul asupra locuitorilor, ș ț',
  'Αξιολογούν τα δεδομένα 🌡️',
];
const LETTERS = ' abcdefghijklmnopqrstuvwxyzșțéΣ';

/** One edit as the UI makes it: a recipe over the design. */
const EDITS: ((d: Design, random: Random) => void)[] = [
  // Typing in an outcome, the commonest edit by far: weighted by listing it three times.
  ...Array.from({ length: 3 }, () => (d: Design, random: Random) => {
    const outcome = d.outcomes.length > 0 ? pick(random, d.outcomes) : null;
    if (!outcome) return;
    outcome.statement =
      random() < 0.2 ? outcome.statement.slice(0, -1) : outcome.statement + pick(random, [...LETTERS]);
  }),
  (d, random) => {
    const outcome = d.outcomes.length > 0 ? pick(random, d.outcomes) : null;
    if (!outcome) return;
    // A statement from the list, or a copy of another outcome's (a duplicate).
    outcome.statement = random() < 0.3 ? pick(random, d.outcomes).statement : pick(random, STATEMENTS);
  },
  (d, random) => {
    if (d.outcomes.length > 0) pick(random, d.outcomes).bloom = random() < 0.2 ? null : pick(random, BLOOM_LEVELS);
  },
  (d, random) => {
    d.outcomes.splice(
      Math.floor(random() * (d.outcomes.length + 1)),
      0,
      createOutcome({ statement: pick(random, STATEMENTS) }),
    );
  },
  (d, random) => {
    if (d.outcomes.length > 0) removeOutcome(d, pick(random, d.outcomes).id);
  },
  (d, random) =>
    moveItem(d.outcomes, Math.floor(random() * d.outcomes.length), Math.floor(random() * d.outcomes.length)),
  (d, random) => moveItem(d.activities, Math.floor(random() * d.activities.length), 0),
  (d, random) => {
    if (d.activities.length === 0 || d.outcomes.length === 0) return;
    const activity = pick(random, d.activities);
    activity.outcomeIds = toggleLink(activity.outcomeIds, pick(random, d.outcomes).id, random() < 0.5);
  },
  (d, random) => {
    if (d.assessments.length === 0 || d.outcomes.length === 0) return;
    const assessment = pick(random, d.assessments);
    assessment.outcomeIds = toggleLink(assessment.outcomeIds, pick(random, d.outcomes).id, random() < 0.5);
  },
  (d, random) => {
    if (d.assessments.length === 0) return;
    const assessment = pick(random, d.assessments);
    assessment.purpose = random() < 0.5 ? 'formative' : 'summative';
    assessment.weight = Math.round(random() * 100);
    assessment.method = pick(random, ASSESSMENT_METHODS);
  },
  (d, random) => {
    const assessment = d.assessments.length > 0 ? pick(random, d.assessments) : null;
    const criterion =
      assessment && assessment.rubric.criteria.length > 0 ? pick(random, assessment.rubric.criteria) : null;
    const level = assessment && assessment.rubric.levels.length > 0 ? pick(random, assessment.rubric.levels) : null;
    if (assessment && criterion && level)
      setDescriptor(assessment, criterion.id, level.id, random() < 0.5 ? '' : 'Meets it');
  },
  (d, random) => {
    if (random() < 0.5 && d.activities.length > 0) d.activities.splice(Math.floor(random() * d.activities.length), 1);
    else
      d.activities.push(
        createActivity({
          title: pick(random, ['Field visit', 'Studio', '']),
          durationHours: Math.round(random() * 10),
          learningType: pick(random, LEARNING_TYPES),
          phase: pick(random, [...PHASES, null]),
        }),
      );
  },
  (d, random) => {
    if (d.activities.length === 0) return;
    const activity = pick(random, d.activities);
    activity.durationHours = Math.round(random() * 20);
    activity.selfStudyHours = Math.round(random() * 10);
    activity.learningType = pick(random, LEARNING_TYPES);
    activity.reflective = random() < 0.3;
  },
  (d, random) => {
    d.credential.ects = random() < 0.2 ? null : Math.round(random() * 20);
    d.credential.eqfLevel = random() < 0.2 ? null : 1 + Math.floor(random() * 8);
  },
  (d, random) => {
    d.challenge.statement = pick(random, [...STATEMENTS, 'How hot will our cities get?']);
    d.challenge.bigIdea = random() < 0.3 ? '' : 'urban heat';
    d.challenge.owner.name = random() < 0.3 ? '' : 'City of Cluj';
  },
  (d, random) => void (d.interpretation = pick(random, INTERPRETATIONS)),
  // Edges where checks start or stop applying to readiness (shared/checks/applicability.ts): a
  // list emptied or started, the first summative assessment, a named teacher, a stated target.
  (d, random) => {
    const list = pick(random, ['outcomes', 'activities', 'assessments'] as const);
    if (list === 'outcomes') for (const outcome of [...d.outcomes]) removeOutcome(d, outcome.id);
    else d[list].splice(0);
  },
  (d, random) => {
    if (random() < 0.5) d.assessments.push(createAssessment({ purpose: pick(random, ['formative', 'summative']) }));
    else if (d.assessments.length > 0)
      pick(random, d.assessments).week = random() < 0.5 ? null : 1 + Math.floor(random() * 12);
  },
  (d, random) => {
    d.credential.passRule = random() < 0.5 ? '' : 'Pass every summative assessment';
    d.offering.contact = random() < 0.5 ? '' : 'Office hours on Tuesdays';
  },
  (d, random) => {
    if (random() < 0.4) d.offering.teachers.splice(0);
    else
      d.offering.teachers.push({
        id: `t-${Math.floor(random() * 1e9)}`,
        name: pick(random, ['', 'Ana Popescu', 'Ελένη']),
        role: '',
        institution: '',
        email: random() < 0.5 ? '' : 'ana@example.org',
      });
  },
  (d, random) => void (d.challenge.sdgTargets = random() < 0.5 ? [] : ['11.6']),
];

const freshContext = (language: string): CheckContext => ({ verbs: buildVerbIndex(catalog(language).bloom) });
/** A full run from scratch: new objects everywhere (nothing cached can be reused) and a new verb index. */
const fullRun = (design: Design, language: string) => runChecks(structuredClone(design), freshContext(language));

describe('incremental checks', () => {
  const contexts = { en: freshContext('en'), de: freshContext('de') };

  it.each(INTERPRETATIONS)(
    'after every random edit the report equals a fresh full run (%s example)',
    (interpretation) => {
      const seed = Date.now() % 100_000;
      const random = mulberry32(seed);
      let design = loadExample(interpretation);
      for (let step = 0; step < 300; step++) {
        const edit = pick(random, EDITS);
        const language = random() < 0.8 ? 'en' : 'de';
        if (random() < 0.15) {
          // Code outside the UI may change a design in place after checking it: never a stale answer.
          const plain = structuredClone(design);
          runChecks(plain, contexts[language]);
          edit(plain, random);
          design = plain;
        } else {
          design = produce(design, (draft) => edit(draft, random));
        }
        expect(runChecks(design, contexts[language]), `seed ${seed}, step ${step}`).toEqual(fullRun(design, language));
      }
    },
  );

  it('from an empty design (readiness 0 %) through random edits, the report equals a fresh full run', () => {
    const seed = Date.now() % 100_000;
    const random = mulberry32(seed);
    let design = createDesign({ interpretation: 'theme', now: new Date('2026-01-01') });
    expect(runChecks(design, contexts.en).readiness.score).toBe(0);
    expect(fullRun(design, 'en').readiness.score).toBe(0);
    for (let step = 0; step < 300; step++) {
      const edit = pick(random, EDITS);
      design = produce(design, (draft) => edit(draft, random));
      expect(runChecks(design, contexts.en), `seed ${seed}, step ${step}`).toEqual(fullRun(design, 'en'));
    }
  });

  it('hands back the same finding object while it says the same thing, and a new one when it changes', () => {
    const context = freshContext('en');
    // Without Bloom levels every outcome has a finding (advice: choose one).
    const design = produce(loadExample('theme'), (d) => d.outcomes.forEach((o) => (o.bloom = null)));
    const before = runChecks(design, context).findings;
    // Typing in the first outcome: its own finding may change, the others stay the same objects.
    const after = produce(design, (d) => void (d.outcomes[0]!.statement = 'Understand the city'));
    const findings = runChecks(after, context).findings;
    const vague = findings.find((f) => f.code === 'outcome.vague-verb' && f.target.itemId === after.outcomes[0]!.id);
    expect(vague).toBeDefined();
    expect(before).not.toContain(vague);
    const untouched = findings.filter((f) => f.target.itemId !== after.outcomes[0]!.id);
    expect(untouched.length).toBeGreaterThanOrEqual(design.outcomes.length - 1);
    for (const finding of untouched) expect(before).toContain(finding);
  });

  it('keeps the alignment matrix while no link changes (typing a title), and rebuilds it when one does', () => {
    const context = freshContext('en');
    const design = loadExample('theme');
    const before = runChecks(design, context).alignment;
    const typed = produce(design, (d) => void (d.assessments[0]!.title += ' and a poster'));
    expect(runChecks(typed, context).alignment).toBe(before);
    const outcome = design.outcomes.find((o) => !design.assessments[0]!.outcomeIds.includes(o.id))!;
    const linked = produce(typed, (d) => void d.assessments[0]!.outcomeIds.push(outcome.id));
    const after = runChecks(linked, context).alignment;
    expect(after).not.toBe(before);
    expect(after.links.has(`${outcome.id}|${design.assessments[0]!.id}`)).toBe(true);
    // Changed in place, as code outside the UI may: the same arrays, new links.
    const plain = structuredClone(linked);
    runChecks(plain, context);
    plain.assessments[0]!.outcomeIds.pop();
    expect(runChecks(plain, context).alignment.links.has(`${outcome.id}|${design.assessments[0]!.id}`)).toBe(false);
  });
});
