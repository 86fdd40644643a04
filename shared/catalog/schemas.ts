import * as z from 'zod';
import { ASSESSMENT_METHODS, BLOOM_LEVELS, EDITING_STEPS, FRAMEWORK_IDS, INTERPRETATIONS } from '../model/enums';

/** Schemas for the reference data in templates/: the data is validated on load, like designs. */

const Text = z.string().min(1);
const Bullets = z.array(Text);

export const SdgTarget = z.strictObject({ code: z.string().regex(/^\d{1,2}\.(?:\d{1,2}|[a-z])$/), title: Text });
export const SdgGoal = z.strictObject({
  goal: z.number().int().min(1).max(17),
  colour: z.string().regex(/^#[0-9A-Fa-f]{6}$/),
  short: Text,
  title: Text,
  targets: z.array(SdgTarget),
});
export const SdgCatalog = z.strictObject({
  language: z.string(),
  /** false: a translation made by this project (el, sv), not a text the UN or a public body published. */
  official: z.boolean().optional(),
  source: Text,
  goals: z.array(SdgGoal).length(17),
});

export const FrameworkLevel = z.strictObject({ id: Text, label: Text, description: z.string() });
export const FrameworkCompetence = z.strictObject({
  id: z.string().regex(/^[a-z]+\.\d+\.\d+$/),
  code: Text,
  title: Text,
  description: Text,
});
export const FrameworkArea = z.strictObject({
  id: z.string().regex(/^[a-z]+\.\d+$/),
  code: Text,
  title: Text,
  competences: z.array(FrameworkCompetence).min(1),
});
export const Framework = z.strictObject({
  id: z.enum(FRAMEWORK_IDS),
  name: Text,
  fullName: Text,
  publisher: Text,
  year: z.number().int(),
  source: Text,
  /** Where the framework is published (its DOI or official page): credentials link to it. */
  url: z.url({ protocol: /^https$/ }),
  licence: Text,
  levels: z.array(FrameworkLevel).min(1),
  areas: z.array(FrameworkArea).min(1),
});

export const BloomVerbs = z.strictObject({
  language: z.string(),
  source: Text,
  levels: z
    .array(
      z.strictObject({
        id: z.enum(BLOOM_LEVELS),
        label: Text,
        rank: z.number().int().min(1).max(6),
        verbs: z.array(Text).min(5),
      }),
    )
    .length(6),
  vague: z.array(Text).min(1),
  /** How outcome statements are written in this language, so the checks find their verb. */
  statements: z
    .strictObject({
      /**
       * What may come before the verb ("Students will be able to", "Die Studierenden können"),
       * a regular expression (flag u) matched against the lower-cased statement's start.
       */
      leadIn: z.string().refine(
        (source) => {
          try {
            return new RegExp(source, 'u').source.startsWith('^');
          } catch {
            return false;
          }
        },
        { message: 'must be a regular expression anchored at the start (^…)' },
      ),
      /** The verb may close the statement ("… Daten analysieren"): the last words are read too. */
      verbAtEnd: z.boolean(),
      /**
       * Inflected forms: a word is a listed verb's stem (the verb without one of `citationEndings`)
       * plus one of `endings`; nothing else ("evaluează" is "evalua", "efectele" is not "efectua").
       */
      citationEndings: z.array(Text),
      endings: z.array(Text),
      /**
       * Separable prefixes whose verbs take "zu" inside (German "anwenden" → "anzuwenden",
       * "zusammenfassen" → "zusammenzufassen"): such a word is read as the verb without its "zu".
       */
      separablePrefixes: z.array(Text).optional(),
      /**
       * Forms whose stem changes (the Greek aorist after "να": σχεδιάζει → να σχεδιάσει, ελέγχει →
       * να ελέγξει, αξιολογεί → να αξιολογήσει): a stem ending in `stemEnd` (or any stem, for "")
       * takes `replaceWith` instead, then one of `endings`.
       */
      stemAlternations: z
        .array(z.strictObject({ stemEnd: z.string(), replaceWith: z.string(), endings: z.array(Text).min(1) }))
        .optional(),
    })
    .optional(),
});

export const Hub = z.strictObject({
  id: z.string().regex(/^[a-z-]+$/),
  title: Text,
  description: Text,
  sdgGoals: z.array(z.number().int().min(1).max(17)),
});
export const HubCatalog = z.strictObject({ source: Text, hubs: z.array(Hub).min(1) });

/** The walkthrough's steps, in order: the editing steps, then review and export. */
export const STEPS = [...EDITING_STEPS, 'review'] as const;
export const StepId = z.enum(STEPS);
export type StepId = z.infer<typeof StepId>;

const StepGuidance = z.strictObject({ prompt: Text, emphasis: Bullets });
export const InterpretationGuide = z.strictObject({
  id: z.enum(INTERPRETATIONS),
  number: z.number().int().min(1).max(3),
  name: Text,
  tagline: Text,
  summary: Text,
  /** The reading stated for a document's reader (a board, a learner): no advice to the designer. */
  forReaders: Text,
  whenToChoose: Bullets,
  watchOut: Bullets,
  mustCapture: Bullets,
  steps: z.strictObject({
    interpretation: StepGuidance,
    challenge: StepGuidance.extend({ fields: z.record(z.string(), Text) }),
    competences: StepGuidance.extend({ suggestedFrameworks: z.array(z.enum(FRAMEWORK_IDS)) }),
    outcomes: StepGuidance.extend({ examples: Bullets }),
    journey: StepGuidance.extend({ organiseBy: z.enum(['phase', 'week']) }),
    assessment: StepGuidance.extend({ suggestedMethods: z.array(z.enum(ASSESSMENT_METHODS)) }),
    credential: StepGuidance,
    review: StepGuidance,
  }),
  checks: z.array(Text),
  switchNote: Text,
});

/**
 * Translations of the English reference data (templates/<part>/i18n/<id>.<lang>.json). An overlay
 * carries only the texts; ids, codes, levels and links come from the English file, so behaviour
 * never depends on the language. The ids must be the English file's, in its order.
 */
const TextOf = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ id: Text, ...shape });
export const FrameworkOverlay = z.strictObject({
  id: z.enum(FRAMEWORK_IDS),
  language: z.string(),
  official: z.boolean(),
  source: Text,
  /** The short name, where it is words rather than a brand ("Competences for Democratic Culture"). */
  name: Text.optional(),
  fullName: Text,
  levels: z.array(TextOf({ label: Text, description: z.string() })),
  areas: z.array(TextOf({ title: Text, competences: z.array(TextOf({ title: Text, description: Text })) })),
});
export const InterpretationOverlay = InterpretationGuide.extend({ language: z.string() });
export const HubOverlay = z.strictObject({
  language: z.string(),
  source: Text,
  hubs: z.array(Hub),
});

/**
 * Where one piece of reference data in a catalog comes from: the language it is in (English when
 * the asked language has no translation of it, so the UI can say so) and whether it is the
 * publisher's own text (`official`) or a translation made by this project, which documents
 * footnote as unofficial. `problem` says why an overlay that exists was not used.
 */
export const CatalogPart = z.object({
  part: z.enum(['sdg', 'bloom', 'hubs', 'framework', 'interpretation']),
  id: z.string(),
  language: z.string(),
  official: z.boolean(),
  file: z.string(),
  problem: z.string().optional(),
});
export type CatalogPart = z.infer<typeof CatalogPart>;

export type SdgCatalog = z.infer<typeof SdgCatalog>;
export type SdgGoal = z.infer<typeof SdgGoal>;
export type SdgTarget = z.infer<typeof SdgTarget>;
export type Framework = z.infer<typeof Framework>;
export type FrameworkArea = z.infer<typeof FrameworkArea>;
export type FrameworkCompetence = z.infer<typeof FrameworkCompetence>;
export type BloomVerbs = z.infer<typeof BloomVerbs>;
export type Hub = z.infer<typeof Hub>;
export type HubCatalog = z.infer<typeof HubCatalog>;
export type InterpretationGuide = z.infer<typeof InterpretationGuide>;

/** All reference data for one language, as the API hands it to the renderer. */
export const CatalogSchema = z.object({
  language: z.string(),
  interpretations: z.array(InterpretationGuide),
  frameworks: z.array(Framework),
  bloom: BloomVerbs,
  hubs: z.array(Hub),
  sdg: SdgCatalog,
  /** One entry per framework, reading, hub list, Bloom verbs and SDG texts. */
  parts: z.array(CatalogPart),
  /** Every language some reference data is translated into (found from the files), English first. */
  languages: z.array(z.string()),
});
