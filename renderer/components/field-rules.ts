import * as z from 'zod';
import { CredentialSpec, CustomCompetence, EscoSkillUri, OptionalCountryCode, WebAddress } from '../../shared/model';

/** "fr, RO; el" → ["FR", "RO", "EL"]: the entries of a typed list, upper case, each once. */
const listEntries = (text: string) => [
  ...new Set(
    text
      .split(/[\s,;]+/)
      .map((entry) => entry.trim().toUpperCase())
      .filter(Boolean),
  ),
];

/**
 * How the text fields with a format read what is typed: tidy the text (trim, upper case, split
 * a list), then validate with the model's own schema from shared/model. No rule is written
 * here, so a field cannot accept what the design refuses (test/unit/renderer/format-fields.test.tsx).
 */
export const FIELD_RULES = {
  webAddress: z.string().trim().pipe(WebAddress),
  countryCode: z
    .string()
    .trim()
    .transform((text) => text.toUpperCase())
    .pipe(OptionalCountryCode),
  countryList: z.string().transform(listEntries).pipe(CredentialSpec.shape.countries),
  escoSkillUri: z.string().trim().pipe(EscoSkillUri),
  customCompetenceTitle: z.string().pipe(CustomCompetence.shape.title),
} as const;

export type FieldRule = keyof typeof FIELD_RULES;
