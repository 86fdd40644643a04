import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDesign, designJsonSchema, INTERPRETATIONS, validateDesign, type Design } from '../../../shared/model';
import { clone, exampleFiles, loadDesign, sampleDesign } from '../../helpers/designs';

describe('design schema', () => {
  it.each(INTERPRETATIONS)('accepts a new, empty %s design', (interpretation) => {
    expect(validateDesign(createDesign({ interpretation })).ok).toBe(true);
  });

  it('accepts the linked sample design', () => {
    const result = validateDesign(sampleDesign());
    expect(result).toMatchObject({ ok: true });
  });

  it('has one example design per interpretation, each valid', () => {
    const designs = exampleFiles().map(loadDesign);
    expect(designs.map((design) => design.interpretation).sort()).toEqual(['method', 'partnership', 'theme']);
  });

  // Each variant breaks one thing; the message must name the JSON path of that thing.
  const invalid: [string, (design: Design & Record<string, unknown>) => void, string, RegExp?][] = [
    ['missing title', (d) => delete (d as Partial<Design>).title, '$.title', /missing/],
    ['title is a number', (d) => ((d as Record<string, unknown>).title = 42), '$.title', /string/],
    [
      'unknown interpretation',
      (d) => ((d as Record<string, unknown>).interpretation = 'hackathon'),
      '$.interpretation',
    ],
    ['wrong schema version literal', (d) => ((d as Record<string, unknown>).schemaVersion = '1'), '$.schemaVersion'],
    ['id with spaces', (d) => (d.id = 'not an id'), '$.id'],
    ['created not a timestamp', (d) => (d.created = 'yesterday'), '$.created'],
    ['author without name', (d) => delete (d.authors[0] as Partial<Design['authors'][0]>).name, '$.authors[0].name'],
    ['unknown top-level field', (d) => (d.colour = 'blue'), '$', /unknown field "colour"/],
    ['SDG goal 18', (d) => (d.challenge.sdgGoals = [18]), '$.challenge.sdgGoals[0]'],
    ['malformed SDG target', (d) => (d.challenge.sdgTargets = ['11']), '$.challenge.sdgTargets[0]'],
    ['target of an unchosen goal', (d) => d.challenge.sdgTargets.push('4.7'), '$.challenge.sdgTargets[1]', /goal 4/],
    [
      'context scope invalid',
      (d) => ((d.challenge.context as Record<string, unknown>).scope = 'planetary'),
      '$.challenge.context.scope',
    ],
    [
      'owner type invalid',
      (d) => ((d.challenge.owner as Record<string, unknown>).type = 'friend'),
      '$.challenge.owner.type',
    ],
    [
      'framework ref of another framework',
      (d) => {
        const source = d.competences[0]!.source;
        if (source.kind === 'framework') source.ref = 'entrecomp.1.1';
      },
      '$.competences[0].source.ref',
      /not a greencomp competence/,
    ],
    [
      'custom competence with a bad ESCO URI',
      (d) => {
        d.competences[0]!.source = { kind: 'custom', title: 'Listening', description: '', escoUri: 'esco:123' };
      },
      '$.competences[0].source.escoUri',
      /ESCO/,
    ],
    [
      'outcome links to a missing competence',
      (d) => d.outcomes[0]!.competenceIds.push('co-404'),
      '$.outcomes[0].competenceIds[1]',
      /co-404/,
    ],
    [
      'outcome links to a target outside the challenge',
      (d) => (d.outcomes[0]!.sdgTargets = ['11.3']),
      '$.outcomes[0].sdgTargets[0]',
      /11\.3/,
    ],
    [
      'bloom level invalid',
      (d) => ((d.outcomes[0] as Record<string, unknown>).bloom = 'memorise'),
      '$.outcomes[0].bloom',
    ],
    ['duplicate outcome id', (d) => d.outcomes.push({ ...d.outcomes[0]! }), '$.outcomes[1].id', /duplicate/],
    [
      'activity links to a missing outcome',
      (d) => (d.activities[0]!.outcomeIds = ['lo-9']),
      '$.activities[0].outcomeIds[0]',
      /lo-9/,
    ],
    ['negative duration', (d) => (d.activities[0]!.durationHours = -2), '$.activities[0].durationHours'],
    ['week zero', (d) => (d.activities[0]!.week = 0), '$.activities[0].week'],
    [
      'learning type invalid',
      (d) => ((d.activities[0] as Record<string, unknown>).learningType = 'lecture'),
      '$.activities[0].learningType',
    ],
    [
      'resource URL not http(s)',
      (d) => d.activities[0]!.resources.push({ id: 'r1', title: 'x', url: 'javascript:alert(1)' }),
      '$.activities[0].resources[0].url',
    ],
    ['weight above 100', (d) => (d.assessments[0]!.weight = 120), '$.assessments[0].weight'],
    [
      'assessor invalid',
      (d) => ((d.assessments[0]!.assessors as string[]) = ['robot']),
      '$.assessments[0].assessors[0]',
    ],
    [
      'rubric descriptor for a missing level',
      (d) => (d.assessments[0]!.rubric.criteria[0]!.descriptors[0]!.levelId = 'lv-9'),
      '$.assessments[0].rubric.criteria[0].descriptors[0].levelId',
      /lv-9/,
    ],
    [
      'assessment links to a missing outcome',
      (d) => (d.assessments[0]!.outcomeIds = ['gone']),
      '$.assessments[0].outcomeIds[0]',
    ],
    [
      'learner identification invented',
      (d) => ((d.credential as Record<string, unknown>).learnerIdentification = 'Jane Doe'),
      '$.credential.learnerIdentification',
    ],
    ['EQF level 9', (d) => (d.credential.eqfLevel = 9), '$.credential.eqfLevel'],
    ['country code lower case', (d) => (d.credential.countries = ['ro']), '$.credential.countries[0]'],
    [
      'decision status invalid',
      (d) => ((d.review.decision as Record<string, unknown>).status = 'rejected-ish'),
      '$.review.decision.status',
    ],
    [
      'empty comment',
      (d) =>
        d.review.comments.push({
          id: 'c1',
          anchor: { section: 'outcomes', itemId: 'lo-1' },
          author: 'R',
          createdAt: '2026-01-05T10:00:00Z',
          text: '',
          resolved: false,
          resolvedAt: null,
          resolvedBy: '',
        }),
      '$.review.comments[0].text',
    ],
    ['text over the length cap', (d) => (d.summary = 'x'.repeat(20_001)), '$.summary'],
  ];

  it('has at least 20 invalid variants', () => expect(invalid.length).toBeGreaterThanOrEqual(20));

  const cases = invalid.map(([name, breakIt, path, message]) => ({ name, breakIt, path, message }));
  it.each(cases)('rejects $name, naming $path', ({ breakIt, path, message }) => {
    const design = clone(sampleDesign()) as Design & Record<string, unknown>;
    breakIt(design);
    const result = validateDesign(design);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === path);
    expect(problem, `problems were: ${result.problems.map((p) => p.message).join(' | ')}`).toBeDefined();
    expect(problem!.message.startsWith(path)).toBe(true);
    if (message) expect(problem!.message).toMatch(message);
  });
});

describe('published JSON Schema', () => {
  it('matches the zod schema (run `npm run schema` after changing the model)', () => {
    const committed = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../templates/schema/design.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(designJsonSchema());
  });

  it('describes the required top-level fields', () => {
    const schema = designJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'title', 'interpretation', 'outcomes', 'credential']),
    );
    expect(Object.keys(schema.properties)).toContain('review');
  });
});
