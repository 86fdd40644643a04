import type * as z from 'zod';
import type { CatalogSchema } from './schemas';
import { jsonPath } from '../model/validate';
import {
  BloomVerbs,
  Framework,
  FrameworkOverlay,
  HubCatalog,
  HubOverlay,
  InterpretationGuide,
  InterpretationOverlay,
  SdgCatalog,
  type CatalogPart,
  type FrameworkCompetence,
  type Hub,
  type SdgGoal,
  type SdgTarget,
} from './schemas';
import type { Interpretation } from '../model/enums';
import type { Competence } from '../model/design';

/** All reference data for one language, validated. The renderer receives it through the API. */
export type Catalog = z.infer<typeof CatalogSchema>;

/** A template file: its path (for messages) and its parsed JSON. */
export type SourceFile = [file: string, raw: unknown];

/** Raw parsed JSON of each template file, keyed by its path (for error messages). */
export interface CatalogSources {
  language: string;
  interpretations: Record<string, unknown>;
  frameworks: Record<string, unknown>;
  bloom: SourceFile;
  hubs: SourceFile;
  sdg: SourceFile;
  /**
   * Translations into `language` of the English files above (frameworks and readings by id);
   * one that is absent or unusable leaves that part in English, and `parts` says so.
   */
  overlays?: {
    frameworks?: Record<string, SourceFile>;
    interpretations?: Record<string, SourceFile>;
    hubs?: SourceFile;
  };
  /** Every language reference data exists in (see CatalogService.languages). */
  languages?: string[];
}

export class CatalogError extends Error {
  override name = 'CatalogError';
}

function problemsOf(error: z.ZodError): string {
  return error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`).join('; ');
}

function validated<T extends z.ZodType>(schema: T, raw: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new CatalogError(`Reference data ${file} is invalid: ${problemsOf(result.error)}`);
}

const INTERPRETATION_ORDER: Interpretation[] = ['theme', 'method', 'partnership'];

/** The same ids in the same order, or where they first differ. */
function sameIds(english: { id: string }[], translated: { id: string }[], where: string): string | null {
  const length = Math.max(english.length, translated.length);
  for (let i = 0; i < length; i++)
    if (english[i]?.id !== translated[i]?.id)
      return `${where}[${i}] is "${translated[i]?.id ?? 'missing'}", the English file has "${english[i]?.id ?? 'none'}"`;
  return null;
}

type Merge<T> = { value: T; problem?: undefined } | { value?: undefined; problem: string };

/** A translation checked against its schema and language; a problem keeps the English text. */
function readOverlay<S extends z.ZodType<{ language: string }>>(
  schema: S,
  source: SourceFile,
  language: string,
): Merge<z.infer<S>> {
  const result = schema.safeParse(source[1]);
  if (!result.success) return { problem: `${source[0]} is invalid: ${problemsOf(result.error)}` };
  if (result.data.language !== language)
    return { problem: `${source[0]} says it is in "${result.data.language}", not "${language}"` };
  return { value: result.data };
}

function translateFramework(english: Framework, source: SourceFile, language: string): Merge<Framework> {
  const read = readOverlay(FrameworkOverlay, source, language);
  if (!read.value) return read;
  const overlay = read.value;
  const mismatch =
    (overlay.id !== english.id ? `${source[0]} is for "${overlay.id}", not "${english.id}"` : null) ??
    sameIds(english.levels, overlay.levels, 'levels') ??
    sameIds(english.areas, overlay.areas, 'areas') ??
    english.areas
      .map((area, i) => sameIds(area.competences, overlay.areas[i]!.competences, `areas[${i}].competences`))
      .find((problem) => problem !== null) ??
    null;
  if (mismatch) return { problem: `${source[0]}: ${mismatch}` };
  return {
    value: {
      ...english,
      name: overlay.name ?? english.name,
      fullName: overlay.fullName,
      levels: english.levels.map((level, i) => ({ ...level, ...overlay.levels[i]! })),
      areas: english.areas.map((area, i) => {
        const translated = overlay.areas[i]!;
        return {
          ...area,
          title: translated.title,
          competences: area.competences.map((competence, j) => ({ ...competence, ...translated.competences[j]! })),
        };
      }),
    },
  };
}

function translateInterpretation(
  english: InterpretationGuide,
  source: SourceFile,
  language: string,
): Merge<InterpretationGuide> {
  const read = readOverlay(InterpretationOverlay, source, language);
  if (!read.value) return read;
  const { language: _language, ...overlay } = read.value;
  if (overlay.id !== english.id) return { problem: `${source[0]} is for "${overlay.id}", not "${english.id}"` };
  const steps = english.steps;
  // What the reading does (which frameworks and methods it suggests, how the journey is
  // organised, which challenge fields it asks for) stays the English file's.
  const fields = Object.keys(steps.challenge.fields);
  const missing = fields.find((field) => !overlay.steps.challenge.fields[field]);
  if (missing) return { problem: `${source[0]}: steps.challenge.fields has no "${missing}"` };
  return {
    value: {
      ...overlay,
      number: english.number,
      steps: {
        ...overlay.steps,
        challenge: {
          ...overlay.steps.challenge,
          fields: Object.fromEntries(fields.map((field) => [field, overlay.steps.challenge.fields[field]!])),
        },
        competences: { ...overlay.steps.competences, suggestedFrameworks: steps.competences.suggestedFrameworks },
        journey: { ...overlay.steps.journey, organiseBy: steps.journey.organiseBy },
        assessment: { ...overlay.steps.assessment, suggestedMethods: steps.assessment.suggestedMethods },
      },
    },
  };
}

function translateHubs(english: Hub[], source: SourceFile, language: string): Merge<Hub[]> {
  const read = readOverlay(HubOverlay, source, language);
  if (!read.value) return read;
  const mismatch = sameIds(english, read.value.hubs, 'hubs');
  if (mismatch) return { problem: `${source[0]}: ${mismatch}` };
  return {
    value: english.map((hub, i) => ({
      ...hub,
      title: read.value.hubs[i]!.title,
      description: read.value.hubs[i]!.description,
    })),
  };
}

/**
 * English text with the translation laid over it where one exists and fits. English files are
 * the publishers' own text (official); a translation is official only where its file says so.
 */
function overlaid<T>(
  part: CatalogPart['part'],
  id: string,
  english: T,
  englishFile: string,
  language: string,
  source: SourceFile | undefined,
  translate: (english: T, source: SourceFile, language: string) => Merge<T>,
  official: (source: SourceFile) => boolean,
): [T, CatalogPart] {
  const inEnglish: CatalogPart = { part, id, language: 'en', official: true, file: englishFile };
  if (language === 'en') return [english, inEnglish];
  if (!source) return [english, inEnglish];
  const merged = translate(english, source, language);
  if (!merged.value) return [english, { ...inEnglish, problem: merged.problem }];
  return [merged.value, { part, id, language, official: official(source), file: source[0] }];
}

const flag = (source: SourceFile) => (source[1] as { official?: unknown }).official === true;

export function buildCatalog(sources: CatalogSources): Catalog {
  const { language } = sources;
  const overlays = sources.overlays ?? {};
  const parts: CatalogPart[] = [];
  const keep = <T>([value, part]: [T, CatalogPart]) => (parts.push(part), value);

  const interpretations = Object.entries(sources.interpretations)
    .map(([file, raw]) => [file, validated(InterpretationGuide, raw, file)] as const)
    .sort(([, a], [, b]) => INTERPRETATION_ORDER.indexOf(a.id) - INTERPRETATION_ORDER.indexOf(b.id))
    .map(([file, guide]) =>
      keep(
        overlaid(
          'interpretation',
          guide.id,
          guide,
          file,
          language,
          overlays.interpretations?.[guide.id],
          translateInterpretation,
          flag,
        ),
      ),
    );
  const frameworks = Object.entries(sources.frameworks).map(([file, raw]) => {
    const framework = validated(Framework, raw, file);
    return keep(
      overlaid(
        'framework',
        framework.id,
        framework,
        file,
        language,
        overlays.frameworks?.[framework.id],
        translateFramework,
        flag,
      ),
    );
  });
  const englishHubs = validated(HubCatalog, sources.hubs[1], sources.hubs[0]).hubs;
  const hubs = keep(
    overlaid('hubs', 'hubs', englishHubs, sources.hubs[0], language, overlays.hubs, translateHubs, flag),
  );

  // Bloom verbs and SDG texts are whole files per language; the service picks English when the
  // language has none, and the file's own `language` says which it is.
  const bloom = validated(BloomVerbs, sources.bloom[1], sources.bloom[0]);
  parts.push({ part: 'bloom', id: 'bloom', language: bloom.language, official: true, file: sources.bloom[0] });
  const sdg = validated(SdgCatalog, sources.sdg[1], sources.sdg[0]);
  parts.push({ part: 'sdg', id: 'sdg', language: sdg.language, official: sdg.official ?? true, file: sources.sdg[0] });

  return {
    language,
    interpretations,
    frameworks,
    bloom,
    hubs,
    sdg,
    parts,
    languages: sources.languages ?? [language],
  };
}

/** The parts of a catalog shown in English because its language has no (usable) translation of them. */
export function untranslatedParts(catalog: Catalog): CatalogPart[] {
  return catalog.parts.filter((part) => part.language !== catalog.language);
}

export interface CatalogIndex {
  competence(id: string): { framework: Framework; competence: FrameworkCompetence } | undefined;
  goal(goal: number): SdgGoal | undefined;
  target(code: string): (SdgTarget & { goal: SdgGoal }) | undefined;
  interpretation(id: Interpretation): InterpretationGuide;
  hub(id: string): Hub | undefined;
}

const indexes = new WeakMap<Catalog, CatalogIndex>();

/** Lookup tables over a catalog, built once per catalog object. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const cached = indexes.get(catalog);
  if (cached) return cached;
  const competences = new Map<string, { framework: Framework; competence: FrameworkCompetence }>();
  for (const framework of catalog.frameworks)
    for (const area of framework.areas)
      for (const competence of area.competences) competences.set(competence.id, { framework, competence });
  const goals = new Map(catalog.sdg.goals.map((goal) => [goal.goal, goal]));
  const targets = new Map<string, SdgTarget & { goal: SdgGoal }>();
  for (const goal of catalog.sdg.goals)
    for (const target of goal.targets) targets.set(target.code, { ...target, goal });
  const interpretations = new Map(catalog.interpretations.map((guide) => [guide.id, guide]));
  const hubs = new Map(catalog.hubs.map((hub) => [hub.id, hub]));
  const index: CatalogIndex = {
    competence: (id) => competences.get(id),
    goal: (goal) => goals.get(goal),
    target: (code) => targets.get(code),
    interpretation: (id) => {
      const guide = interpretations.get(id);
      if (!guide) throw new CatalogError(`No guidance for the interpretation "${id}" in the reference data.`);
      return guide;
    },
    hub: (id) => hubs.get(id),
  };
  indexes.set(catalog, index);
  return index;
}

/**
 * A competence as documents and messages name it: "GreenComp 2.1" (short: the framework with
 * the code, since codes repeat across frameworks) or "GreenComp 2.1 Systems thinking" (full);
 * a custom competence by its title.
 */
export function competenceSourceName(catalog: Catalog, source: Competence['source'], full = false): string {
  if (source.kind === 'custom') return source.title;
  const found = indexCatalog(catalog).competence(source.ref);
  const framework = found?.framework.name ?? catalog.frameworks.find((fw) => fw.id === source.framework)?.name ?? '';
  const short = `${framework} ${found?.competence.code ?? source.ref}`.trim();
  return full && found ? `${short} ${found.competence.title}` : short;
}
