import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n';
import {
  Assessment,
  Author,
  AwardingBody,
  Challenge,
  Competence,
  CredentialSpec,
  CustomCompetence,
  FrameworkCompetenceRef,
  LearningActivity,
  LearningOutcome,
  Offering,
  Stakeholder,
  Teacher,
} from '../../../shared/model';
import { changeFieldLabel, compareDesigns, describeChange } from '../../../shared/review';
import { clone, loadExample } from '../../helpers/designs';

const t = createTranslator('en');

/** Every key of an object schema, nested objects flattened with dots, as compare.ts names fields. */
function fieldKeys(shape: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    const inner = (schema as { shape?: Record<string, unknown> }).shape;
    if (key === 'id') return [];
    return inner && !['rubric'].includes(key) ? fieldKeys(inner, `${prefix}${key}.`) : [`${prefix}${key}`];
  });
}

describe('compare in words', () => {
  it('has a name for every field compare can report, from the model’s own shapes', () => {
    const keys = [
      ...fieldKeys(Author.shape),
      ...fieldKeys(Stakeholder.shape),
      ...fieldKeys(Challenge.shape),
      ...fieldKeys(Competence.shape).filter((key) => key !== 'source'),
      ...fieldKeys(FrameworkCompetenceRef.shape, 'source.'),
      ...fieldKeys(CustomCompetence.shape, 'source.'),
      ...fieldKeys(LearningOutcome.shape),
      ...fieldKeys(LearningActivity.shape),
      ...fieldKeys(Assessment.shape).filter((key) => key !== 'rubric'),
      'rubric.levels',
      'rubric.criteria',
      ...fieldKeys(CredentialSpec.shape),
      ...fieldKeys(AwardingBody.shape),
      ...fieldKeys(Offering.shape),
      ...fieldKeys(Teacher.shape),
      'title',
      'summary',
      'version',
      'language',
      'interpretation',
      'comment',
      'resolved',
      'decision',
      'decisionNote',
    ];
    // Lists of items (stakeholders, awarding bodies) are compared item by item, not as a field.
    const unnamed = [...new Set(keys)]
      .filter((key) => !['stakeholders', 'awardingBodies', 'teachers', 'offering'].includes(key))
      .filter((key) => changeFieldLabel(t, key) === key);
    expect(unnamed).toEqual([]);
  });

  it('names values as people say them, never as codes or ids', () => {
    const before = loadExample('method');
    const after = clone(before);
    after.review.decision = { status: 'changes-requested', reviewer: 'R', date: '2026-03-02T10:00:00.000Z', note: '' };
    after.activities[0]!.mode = 'online-sync';
    after.activities[0]!.reflective = !before.activities[0]!.reflective;
    after.activities[0]!.outcomeIds = after.outcomes.map((outcome) => outcome.id);
    after.assessments[0]!.supervision = 'supervised-online-id';
    after.assessments[0]!.assessors = ['challenge-owner', 'peer'];
    after.credential.participationForm = 'blended';
    after.language = 'ro';
    after.offering.location = 'Campus Lille, room B12';
    after.offering.languagesOfInstruction = ['fr'];

    const lines = compareDesigns(before, after).map((change) =>
      describeChange(t, change, { before, after, language: 'en' }),
    );
    const text = lines.join('\n');
    expect(text).toContain('Decision: draft → changes requested');
    expect(text).toContain('Mode');
    expect(text).toContain('online, synchronous');
    expect(text).toContain('LO1, LO2, LO3');
    expect(text).toContain('supervised online, with identity verification');
    expect(text).toContain('challenge owner, peers');
    expect(text).toContain('Language: English → Romanian');
    expect(text).toMatch(/changed: Location/);
    expect(text).toMatch(/Languages of instruction: .* → French/);
    for (const code of [
      'changes-requested',
      'online-sync',
      'supervised-online-id',
      'challenge-owner',
      after.outcomes[1]!.id,
      'true',
      'false',
    ])
      expect(text, code).not.toMatch(new RegExp(`\\b${code}\\b`));
  });

  it.each([
    ['en', '“Field walk”', 'changed: Phase · “Field walk”: '],
    ['de', '„Field walk“', ': Phase · „Field walk“: '],
    ['el', '«Field walk»', ': '],
    ['es', '«Field walk»', ': '],
    ['fr', '«\u00a0Field walk\u00a0»', '\u00a0: '],
    ['it', '«Field walk»', ': '],
    ['ro', '„Field walk”', ': '],
    ['sv', '”Field walk”', ': '],
  ])('%s: quotes the item and separates the parts as the language does', (language, quoted, separator) => {
    const tr = createTranslator(language);
    const before = loadExample('theme');
    const after = clone(before);
    after.activities[0]!.title = 'Field walk';
    before.activities[0]!.title = 'Field walk';
    after.activities[0]!.phase = before.activities[0]!.phase === 'act' ? 'engage' : 'act';
    const [change] = compareDesigns(before, after);
    const line = describeChange(tr, change!, { before, after, language });
    expect(line).toContain(quoted);
    expect(line).toContain(separator);
    expect(line).toContain(' → ');
    if (language !== 'en') expect(line).not.toContain('“Field walk”');
    if (language === 'fr') expect(line).not.toMatch(/[^\u00a0][:»]|«[^\u00a0]/u);
  });
});
