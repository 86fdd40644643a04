import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ReviewComment,
  createActivity,
  createAssessment,
  createDesign,
  createFrameworkCompetence,
  createOutcome,
  parseDesignText,
  type Design,
} from '../../shared/model';

export const EXAMPLES_DIR = join(import.meta.dirname, '..', '..', 'templates', 'examples');

export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.cbld'))
    .sort()
    .map((name) => join(EXAMPLES_DIR, name));
}

/** Parses a design file and fails loudly: for tests that need a valid design to start from. */
export function loadDesign(path: string): Design {
  const result = parseDesignText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.design;
}

export function loadExample(interpretation: Design['interpretation']): Design {
  const file = exampleFiles().find((path) => loadDesign(path).interpretation === interpretation);
  if (!file) throw new Error(`no example design for ${interpretation}`);
  return loadDesign(file);
}

/**
 * A design as a format 2 file held it (before issue 19's credential fields and issue 20's
 * lineage), as raw JSON: the old files people still have on their laptops.
 */
export function asFormat2(design: Design): Record<string, unknown> {
  const raw = structuredClone(design) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  delete raw['lineage'];
  delete raw['translations'];
  delete raw['credential']['subjectAreas'];
  delete raw['credential']['learningSetting'];
  delete raw['offering']['locationCountry'];
  delete raw['offering']['homepage'];
  for (const competence of raw['competences'])
    if (competence.source.kind === 'framework') delete competence.source.escoUri;
  for (const outcome of raw['outcomes']) delete outcome.escoUri;
  return { ...raw, schemaVersion: 2 };
}

/** A deep copy to mutate in a test without touching the shared fixture. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** A small, fully linked design built in code: the base for table-driven schema tests. */
export function sampleDesign(): Design {
  const design = createDesign({
    id: 'sample-design',
    interpretation: 'partnership',
    title: 'Sample',
    now: new Date('2026-01-05T10:00:00Z'),
  });
  design.authors.push({
    id: 'au-1',
    name: 'Ana Pop',
    institution: 'Universitatea din București',
    role: 'Lecturer',
    email: '',
  });
  design.challenge.sdgGoals = [11];
  design.challenge.sdgTargets = ['11.2'];
  design.competences.push(createFrameworkCompetence('greencomp', 'greencomp.2.1', 'intermediate'));
  const competence = design.competences[0]!;
  competence.id = 'co-1';
  design.outcomes.push(
    createOutcome({
      id: 'lo-1',
      statement: 'Analyse mobility data',
      bloom: 'analyse',
      competenceIds: ['co-1'],
      sdgTargets: ['11.2'],
    }),
  );
  design.activities.push(createActivity({ id: 'ac-1', title: 'Field walk', durationHours: 3, outcomeIds: ['lo-1'] }));
  design.assessments.push(
    createAssessment({
      id: 'as-1',
      title: 'Report',
      weight: 100,
      outcomeIds: ['lo-1'],
      rubric: {
        levels: [{ id: 'lv-1', label: 'Good', points: 2 }],
        criteria: [
          {
            id: 'cr-1',
            title: 'Evidence',
            outcomeIds: ['lo-1'],
            descriptors: [{ levelId: 'lv-1', text: 'Uses data' }],
          },
        ],
      },
    }),
  );
  design.credential.awardingBodies.push({ id: 'ab-1', name: 'University', country: 'RO', url: '' });
  return design;
}

/** A reviewer's open comment on the first outcome of sampleDesign(). */
export function reviewComment(fields: Partial<ReviewComment> = {}): ReviewComment {
  return {
    id: 'cm-1',
    anchor: { section: 'outcomes', itemId: 'lo-1' },
    author: 'Dr Reviewer',
    createdAt: '2026-03-02T10:00:00.000Z',
    text: 'Which districts?',
    resolved: false,
    resolvedAt: null,
    resolvedBy: '',
    ...fields,
  };
}
