import { SCHEMA_VERSION } from './design';

/**
 * Forward migrations between design-file versions: pure functions, one per step.
 * `MIGRATIONS[n]` turns a version-n object into a version n+1 object. Inputs are plain JSON
 * that has not been validated yet, so each step is defensive and never throws on odd shapes:
 * the schema validation that follows reports what is still wrong.
 */
export type MigrationInput = Record<string, unknown>;
type Json = MigrationInput;
export type Migration = (input: Json) => Json;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 0 was the workshop prototype's format: `interpretation` as a number (1-3),
 * outcomes under `learningOutcomes`, ECTS at the top level, no review data.
 */
const v0ToV1: Migration = (input) => {
  const { learningOutcomes, ects, eqfLevel, interpretation, ...rest } = input;
  const readings = ['theme', 'method', 'partnership'];
  const credential = isObject(rest['credential']) ? { ...rest['credential'] } : {};
  if (credential['ects'] === undefined && ects !== undefined) credential['ects'] = ects;
  if (credential['eqfLevel'] === undefined && eqfLevel !== undefined) credential['eqfLevel'] = eqfLevel;
  return {
    ...rest,
    schemaVersion: 1,
    interpretation:
      typeof interpretation === 'number' ? (readings[interpretation - 1] ?? interpretation) : interpretation,
    outcomes: rest['outcomes'] ?? learningOutcomes ?? [],
    credential,
    review: rest['review'] ?? {
      comments: [],
      decision: { status: 'draft', reviewer: '', date: null, note: '' },
      history: [],
    },
  };
};

/**
 * Version 2 adds what a European syllabus states beyond Annex I: the offering (languages of
 * instruction, dates, place, teachers and how to reach them) and the pass rule. Nothing is
 * guessed: the fields start empty and the checks ask for them.
 */
const v1ToV2: Migration = (input) => {
  const credential = isObject(input['credential']) ? { ...input['credential'] } : input['credential'];
  if (isObject(credential) && credential['passRule'] === undefined) credential['passRule'] = '';
  return {
    ...input,
    schemaVersion: 2,
    credential,
    offering: input['offering'] ?? {
      languagesOfInstruction: [],
      startDate: null,
      endDate: null,
      location: '',
      teachers: [],
      contact: '',
    },
  };
};

const mapItems = (list: unknown, update: (item: Json) => Json): unknown =>
  Array.isArray(list) ? list.map((item) => (isObject(item) ? update(item) : item)) : list;
const withDefault = (object: Json, key: string, value: unknown): Json =>
  object[key] === undefined ? { ...object, [key]: value } : object;

/**
 * Version 3 adds what a machine-readable credential (Europass ELM, Open Badges) needs and a
 * design could not say: the subject area (ISCED-F) and learning setting of the credential, an
 * ESCO skill per outcome and per framework competence, and the offering's web page and the
 * country of its place. Nothing is guessed: the fields start empty and the checks ask for them.
 */
export const v2ToV3Credentials: Migration = (input) => {
  let credential = input['credential'];
  if (isObject(credential)) {
    credential = withDefault(credential, 'subjectAreas', []);
    credential = withDefault(credential as Json, 'learningSetting', null);
  }
  let offering = input['offering'];
  if (isObject(offering)) {
    offering = withDefault(offering, 'locationCountry', '');
    offering = withDefault(offering as Json, 'homepage', '');
  }
  const competences = mapItems(input['competences'], (competence) => {
    const source = competence['source'];
    return isObject(source) && source['kind'] === 'framework'
      ? { ...competence, source: withDefault(source, 'escoUri', '') }
      : competence;
  });
  const outcomes = mapItems(input['outcomes'], (outcome) => withDefault(outcome, 'escoUri', ''));
  const present = (key: string, value: unknown) => (key in input ? { [key]: value } : {});
  return {
    ...input,
    schemaVersion: 3,
    ...present('credential', credential),
    ...present('offering', offering),
    ...present('competences', competences),
    ...present('outcomes', outcomes),
  };
};

/**
 * Version 3 adds the lineage: what a copy started from, so that copies edited apart merge three
 * ways. A file from before has no known starting point: it merges two ways, with more questions.
 */
export const v2ToV3Lineage: Migration = (input) => ({
  ...input,
  schemaVersion: 3,
  lineage: input['lineage'] ?? null,
});

/** Version 3 as one step: the credential fields (issue 19) and the lineage (issue 20). */
export const v2ToV3: Migration = (input) => v2ToV3Lineage(v2ToV3Credentials(input));

const MIGRATIONS: Record<number, Migration> = { 0: v0ToV1, 1: v1ToV2, 2: v2ToV3 };

export type MigrationResult =
  | { kind: 'current' | 'migrated'; value: Json; from: number }
  | { kind: 'newer'; version: number }
  | { kind: 'unversioned' };

/**
 * Reads `schemaVersion` and runs every step up to `current`: the one version check and migration
 * loop of every kind of file (designs here, pathways in shared/pathway).
 */
export function migrateWith(input: Json, current: number, steps: Readonly<Record<number, Migration>>): MigrationResult {
  const version = input['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { kind: 'unversioned' };
  if (version > current) return { kind: 'newer', version };
  // A version no format ever had (a pathway "version 0"): not one of our files.
  for (let step = version; step < current; step++) if (!steps[step]) return { kind: 'unversioned' };
  let value = input;
  for (let step = version; step < current; step++) value = steps[step]!(value);
  return { kind: version === current ? 'current' : 'migrated', value, from: version };
}

/** A design file's JSON, brought to the current version. */
export function migrateToCurrent(input: Json): MigrationResult {
  return migrateWith(input, SCHEMA_VERSION, MIGRATIONS);
}
