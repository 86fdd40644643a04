import * as z from 'zod';

/**
 * Every format rule of a design, defined once. The design schema (design.ts) is built from
 * these, and the UI's fields validate what people type with the same schemas, so a field can
 * never accept what the model refuses (test/unit/renderer/format-fields.test.tsx).
 */

/** ISO 8601 date and time with an offset: created, updated, comment and decision dates. */
export const Timestamp = z.iso.datetime({ offset: true });
/** A calendar date without time: "2026-09-14" (when a course starts, a deadline). */
export const CalendarDate = z.iso.date('must be a date such as "2026-09-14"');

/** ISO 3166-1 alpha-2 (upper case), plus "EU" for alliance-wide awards. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as "FR"');
/** A country code, or nothing yet. */
export const OptionalCountryCode = z.union([z.literal(''), CountryCode]);

/** A web address (http or https), or nothing yet. */
export const WebAddress = z.union([z.literal(''), z.url({ protocol: /^https?$/ })]);

export const ESCO_SKILL_URI = /^https?:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/;
/** An ESCO skill URI, or nothing (the link to the classification is optional). */
export const EscoSkillUri = z.union([
  z.literal(''),
  z.string().regex(ESCO_SKILL_URI, 'must be an ESCO skill URI (http://data.europa.eu/esco/skill/<uuid>)'),
]);

/** An ISCED-F 2013 field of education and training: broad (2 digits), narrow (3) or detailed (4). */
export const IscedFCode = z
  .string()
  .regex(/^[0-9]{2,4}$/, 'must be an ISCED-F field code of 2-4 digits, such as "05" or "0588"');

/** BCP 47 language tag, simplified: "en", "ro", "pt-BR". */
export const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language code such as "en" or "ro"');

// ── Numbers: each range once ────────────────────────────────────────────────

/** Hours of learner work in one activity or assessment. */
export const Hours = z.number().min(0).max(2000);
/** A week of the course (up to two years). */
export const WeekNumber = z.number().int().min(1).max(104);
/** An assessment's share of the final grade, in per cent. */
export const WeightPercent = z.number().min(0).max(100);
/** Points of one rubric level. */
export const RubricPoints = z.number().min(0).max(1000);
/** ECTS credits of the whole micro-credential. */
export const EctsCredits = z.number().min(0).max(120);
/** European Qualifications Framework level. */
export const EqfLevel = z.number().int().min(1).max(8);
