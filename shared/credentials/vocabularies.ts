import * as z from 'zod';
import { LEARNING_SETTINGS, LEARNING_TYPES, ASSESSMENT_METHODS, PARTICIPATION_FORMS } from '../model/enums';

/**
 * The Europass controlled vocabularies a credential uses (templates/elm/vocabularies.json,
 * generated from the European Learning Model's code lists by scripts/write-elm-vocabularies.ts).
 * Loaded and validated by the service, handed to the pure mappings here.
 */
const Uri = z.string().regex(/^https?:\/\/\S+$/);
const Entry = z.strictObject({ uri: Uri, label: z.string().min(1) });
const keyed = <K extends readonly [string, ...string[]]>(keys: K) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, Entry])) as Record<K[number], typeof Entry>);

export const ElmVocabularies = z.strictObject({
  source: z.string().min(1),
  /** ISCED-F code ("0588") → English label. */
  iscedF: z.record(z.string().regex(/^[0-9]{2,4}$/), z.string().min(1)),
  /** EQF level URIs, level 1 first. */
  eqf: z.array(Uri).length(8),
  ects: Entry,
  learningSetting: keyed(LEARNING_SETTINGS),
  mode: keyed(PARTICIPATION_FORMS),
  opportunityType: Entry,
  assessmentType: keyed(ASSESSMENT_METHODS),
  activityType: keyed(LEARNING_TYPES),
  /** ISO 639-1 → EU authority language code ("el" → "ELL"). */
  languages: z.record(z.string().regex(/^[a-z]{2,3}$/), z.string().regex(/^[A-Z]{3}$/)),
  /** ISO 3166-1 alpha-2 (and "EU") → EU authority country code ("FR" → "FRA", "EU" → "EUR"). */
  countries: z.record(z.string().regex(/^[A-Z]{2}$/), z.string().regex(/^[A-Z0-9]{3}$/)),
});
export type ElmVocabularies = z.infer<typeof ElmVocabularies>;
export type VocabularyEntry = z.infer<typeof Entry>;

export const LANGUAGE_AUTHORITY = 'http://publications.europa.eu/resource/authority/language';
export const COUNTRY_AUTHORITY = 'http://publications.europa.eu/resource/authority/country';
export const ESCO_SKILLS_SCHEME = 'http://data.europa.eu/esco/concept-scheme/skills';
export const ISCED_F_BASE = 'http://data.europa.eu/snb/isced-f/';
/** The "Generic" Europass credential profile: what a micro-credential is issued under. */
export const GENERIC_CREDENTIAL_PROFILE = 'http://data.europa.eu/snb/credential/e34929035b';

/** The concept scheme of a Europass (snb) code: the code's folder plus the shared scheme suffix. */
export const snbScheme = (uri: string) => `${uri.slice(0, uri.lastIndexOf('/'))}/25831c2`;

/** The EU authority language code of a design's language tag ("pt-BR" → "POR"), if known. */
export function languageCode(vocabularies: ElmVocabularies, tag: string): string | undefined {
  return vocabularies.languages[tag.split('-')[0]!.toLowerCase()];
}

/** The ISO 639-1 tag of an EU authority language URI or code ("…/language/ELL" → "el"). */
export function languageTag(vocabularies: ElmVocabularies, uriOrCode: string): string | undefined {
  const code = uriOrCode.split('/').at(-1)!.toUpperCase();
  return Object.entries(vocabularies.languages).find(([, value]) => value === code)?.[0];
}

export function countryCode(vocabularies: ElmVocabularies, alpha2: string): string | undefined {
  return vocabularies.countries[alpha2];
}

export function countryAlpha2(vocabularies: ElmVocabularies, uriOrCode: string): string | undefined {
  const code = uriOrCode.split('/').at(-1)!.toUpperCase();
  return Object.entries(vocabularies.countries).find(([, value]) => value === code)?.[0];
}
