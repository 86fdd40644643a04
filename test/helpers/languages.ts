import type { Catalog } from '../../shared/catalog';
import { SHARED_RESOURCES } from '../../shared/i18n';
import type { Design } from '../../shared/model';

/** The languages the app and its documents speak (the alliance's eight). */
export const LANGUAGES = ['en', 'de', 'el', 'es', 'fr', 'it', 'ro', 'sv'] as const;

/** The design's own texts: the keys of the model whose values are what the team wrote. */
const USER_TEXT_KEYS = new Set(
  'assessmentType author bigIdea targetLevel contact data deliverable description essentialQuestion ethics furtherInformation gradingScheme guidingQuestions institution intellectualProperty intendedImpact label location name note participationNote passRule prerequisites qualityAssurance reviewer role stackableTowards statement summary text time title version'.split(
    ' ',
  ),
);

/**
 * The design with every text the team wrote replaced by a neutral token ("x12"), in `language`:
 * whatever English is left in its documents then comes from the app, never from the team.
 */
export function neutralDesign(design: Design, language: string): Design {
  let n = 0;
  const walk = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string') return key && USER_TEXT_KEYS.has(key) && value.trim() ? `x${++n}` : value;
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  const copy = walk(structuredClone(design), null) as Design;
  return { ...copy, language };
}

function flatten(messages: unknown, prefix = ''): [string, string][] {
  if (typeof messages === 'string') return [[prefix, messages]];
  if (!messages || typeof messages !== 'object') return [];
  return Object.entries(messages).flatMap(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key));
}

/** Words that are the same in English and another language by nature, not by a missing translation. */
const SAME_WORD: Record<string, string[]> = {
  de: ['Note', 'NGO'], // die Note: the grade
  fr: ['Note', 'Type', 'analyse'],
  it: ['data'], // la data: the date
  ro: ['individual', 'data'], // data: the date
  sv: ['team', 'data'],
};

/**
 * Web addresses, the product's name, and English the readings cite on purpose: the name of the Challenge Based Learning framework and
 * its phases, given in brackets after their translation ("Involucrar (Engage: …)").
 */
const CITED = [/https?:\/\/\S+/g, /Challenge\s+(Based\s+Learning|Designer)/g, /\((Engage|Investigate|Act):/g];

/**
 * The English of the documents: every heading, label, Annex I element name and enumeration value
 * in the English messages (interpolated ones by their fixed parts of three words or more), less
 * those the language writes the same way.
 */
export function englishDocumentPhrases(language: string): string[] {
  const english = flatten(SHARED_RESOURCES['en']).filter(([key]) => /^(document|annex|enums)\./.test(key));
  const translated = new Map(flatten(SHARED_RESOURCES[language]));
  const same = new Set([...translated.values(), ...(SAME_WORD[language] ?? [])]);
  const phrases = english.flatMap(([key, value]) => {
    if (translated.get(key) === value) return [];
    const parts = value
      .split(/\{\{[^}]+\}\}|\$t\([^)]*\)/)
      .map((part) => part.replace(/^[\s(:·,.–-]+|[\s(:·,.–-]+$/g, ''));
    return value.includes('{{') ? parts.filter((part) => part.split(/\s+/).length >= 3) : parts;
  });
  return [...new Set(phrases)].filter((phrase) => /\p{L}{3}/u.test(phrase) && !same.has(phrase));
}

/** English reference data a design in `language` shows: SDG goal names, its framework competences, reading and hub. */
export function englishReferencePhrases(design: Design, english: Catalog, translated: Catalog): string[] {
  const differ = (a: string, b: string | undefined) => (b !== undefined && a !== b ? [a] : []);
  const goals = design.challenge.sdgGoals.flatMap((goal) =>
    differ(english.sdg.goals[goal - 1]!.short, translated.sdg.goals[goal - 1]?.short),
  );
  const competences = design.competences.flatMap((competence) => {
    if (competence.source.kind !== 'framework') return [];
    const { framework, ref } = competence.source;
    const find = (catalog: Catalog) =>
      catalog.frameworks
        .find((f) => f.id === framework)
        ?.areas.flatMap((area) => area.competences)
        .find((c) => c.id === ref)?.title;
    return differ(find(english) ?? '', find(translated));
  });
  const guide = (catalog: Catalog) => catalog.interpretations.find((g) => g.id === design.interpretation);
  const reading = [
    ...differ(guide(english)?.name ?? '', guide(translated)?.name),
    ...differ(guide(english)?.tagline ?? '', guide(translated)?.tagline),
  ];
  const hub = (catalog: Catalog) => catalog.hubs.find((h) => h.id === design.challenge.hub)?.title;
  const hubs = differ(hub(english) ?? '', hub(translated));
  return [...goals, ...competences, ...reading, ...hubs].filter((phrase) => phrase.length > 0);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The phrases that occur in the text as whole words (whitespace and line breaks normalised). */
export function phrasesIn(text: string, phrases: string[]): string[] {
  const flat = CITED.reduce((rest, cited) => rest.replace(cited, ''), text).replace(/\s+/g, ' ');
  return phrases.filter((phrase) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u').test(flat),
  );
}
