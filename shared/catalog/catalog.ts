import type { z } from 'zod';
import type { CatalogSchema } from './schemas';
import { jsonPath } from '../model/validate';
import {
  BloomVerbs,
  Framework,
  HubCatalog,
  InterpretationGuide,
  SdgCatalog,
  type FrameworkCompetence,
  type Hub,
  type SdgGoal,
  type SdgTarget,
} from './schemas';
import type { Interpretation } from '../model/enums';
import type { Competence } from '../model/design';

/** Languages the reference data (SDG goals and targets, Bloom verbs) exists in; others read English. */
export const CATALOG_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ro'] as const;

/** All reference data for one language, validated. The renderer receives it through the API. */
export type Catalog = z.infer<typeof CatalogSchema>;

/** Raw parsed JSON of each template file, keyed by its path (for error messages). */
export interface CatalogSources {
  language: string;
  interpretations: Record<string, unknown>;
  frameworks: Record<string, unknown>;
  bloom: [string, unknown];
  hubs: [string, unknown];
  sdg: [string, unknown];
}

export class CatalogError extends Error {
  override name = 'CatalogError';
}

function validated<T extends z.ZodType>(schema: T, raw: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`).join('; ');
  throw new CatalogError(`Reference data ${file} is invalid: ${details}`);
}

const INTERPRETATION_ORDER: Interpretation[] = ['theme', 'method', 'partnership'];

export function buildCatalog(sources: CatalogSources): Catalog {
  const interpretations = Object.entries(sources.interpretations)
    .map(([file, raw]) => validated(InterpretationGuide, raw, file))
    .sort((a, b) => INTERPRETATION_ORDER.indexOf(a.id) - INTERPRETATION_ORDER.indexOf(b.id));
  const frameworks = Object.entries(sources.frameworks).map(([file, raw]) => validated(Framework, raw, file));
  return {
    language: sources.language,
    interpretations,
    frameworks,
    bloom: validated(BloomVerbs, sources.bloom[1], sources.bloom[0]),
    hubs: validated(HubCatalog, sources.hubs[1], sources.hubs[0]).hubs,
    sdg: validated(SdgCatalog, sources.sdg[1], sources.sdg[0]),
  };
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
