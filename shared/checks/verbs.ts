import type { BloomVerbs } from '../catalog/schemas';
import { BLOOM_LEVELS, type BloomLevel } from '../model';

/** Fast verb lookups for outcome statements, built once per verb list. */
export interface VerbIndex {
  /** The language of the verb list. */
  readonly language: string;
  /** Whether the verb may close the statement (German), rather than follow the lead-in. */
  readonly verbAtEnd: boolean;
  /** The lead-in the statement opens with ("Students will be able to "), or "". */
  leadIn(statement: string): string;
  /**
   * The action verb of the statement and its Bloom level, where its language puts it: among the
   * opening words once the lead-in ("Students will be able to", "Οι φοιτητές θα είναι σε θέση να")
   * is set aside, and in German among the closing words too ("… Daten analysieren").
   */
  leadingVerb(statement: string): { verb: string; level: BloomLevel } | null;
  /** The first vague verb (e.g. "understand", "be aware of") the statement uses, if any. */
  vagueVerb(statement: string): string | null;
  isActionVerb(word: string): boolean;
  /** Whether an action verb stands in the first `opening` words (or, in German, the closing ones). */
  hasActionVerb(statement: string, opening: number): boolean;
}

type Statements = NonNullable<BloomVerbs['statements']>;

/** Verb lists without their own grammar read statements as English does, without inflections. */
const PLAIN: Statements = { leadIn: '^$', verbAtEnd: false, citationEndings: [], endings: [] };
const LEADING_WORDS = 4;
/** German verbs close the statement, after the object: the last words are read too. */
const CLOSING_WORDS = 4;
/** Shorter stems match too many other words ("num" + "e" is the Romanian "nume", a name). */
const MIN_STEM = 4;

export function words(text: string): string[] {
  return text.toLocaleLowerCase().match(/[\p{L}\p{M}'’-]+/gu) ?? [];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as a whole word or words: not inside a longer word. */
const bounded = (alternatives: string) => `(?:^|[^\\p{L}])(?:${alternatives})(?:$|[^\\p{L}])`;
/** Sets a form's level unless an earlier stem gave it one already. */
const keepFirst = (levels: Map<string, BloomLevel>, form: string, level: BloomLevel) => {
  if (!levels.has(form)) levels.set(form, level);
};
/** A word without its accents and other marks ("evalúa" → "evalua", "αξιολογεί" → "αξιολογει"). */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
/** Cedillas typed for Romanian comma-below letters (ş ţ for ș ț) read as the letters meant. */
const commaBelow = (text: string) => text.replace(/ş/g, 'ș').replace(/ţ/g, 'ț');

export function buildVerbIndex(bloom: BloomVerbs): VerbIndex {
  const grammar = bloom.statements ?? PLAIN;
  const levelOf = new Map<string, BloomLevel>();
  const levelOfStem = new Map<string, BloomLevel>();
  const citationEndings = [...grammar.citationEndings].sort((a, b) => b.length - a.length);
  const endings = [...new Set(grammar.endings)].sort((a, b) => b.length - a.length);
  // Later (higher) levels win for verbs listed twice: a verb is credited with the higher level.
  for (const level of bloom.levels)
    for (const listed of level.verbs) {
      const verb = listed.toLocaleLowerCase();
      levelOf.set(verb, level.id);
      if (verb.includes(' ')) continue;
      const ending = citationEndings.find((end) => verb.endsWith(end) && verb.length - end.length >= MIN_STEM);
      levelOfStem.set(ending ? verb.slice(0, -ending.length) : verb, level.id);
    }
  const leadIn = new RegExp(grammar.leadIn, 'u');

  // One pattern finds whether any vague phrase occurs; which one (the first in list order) is
  // worked out only then, from patterns compiled on first need. Most statements have none.
  const vague = bloom.vague.map((phrase) => phrase.toLocaleLowerCase());
  const anyVague = new RegExp(bounded(vague.map(escape).join('|')), 'u');
  const vaguePatterns: RegExp[] = [];
  const vaguePattern = (i: number) => (vaguePatterns[i] ??= new RegExp(bounded(escape(vague[i]!)), 'u'));

  // The same stems without their accents: where the stress moves in a form ("evaluar" →
  // "evalúa", "σχεδιάζω" → "σχεδιαζουν" typed without a tonos), the accented letter differs.
  const foldedStems = new Map<string, BloomLevel>();
  for (const [stem, level] of levelOfStem) keepFirst(foldedStems, fold(stem), level);

  /** A stem of `stems` plus an ending of the language. */
  const stemAndEnding = (word: string, stems: Map<string, BloomLevel>, ends: readonly string[]) => {
    for (const ending of ends) {
      if (!word.endsWith(ending) || word.length - ending.length < MIN_STEM) continue;
      const level = stems.get(word.slice(0, -ending.length));
      if (level) return level;
    }
    return undefined;
  };
  const foldedEndings = [...new Set(endings.map(fold))].sort((a, b) => b.length - a.length);

  // Whole forms whose stem changes (Greek aorist: σχεδιάζ → σχεδιά + σει), listed once.
  const levelOfChangedForm = new Map<string, BloomLevel>();
  for (const { stemEnd, replaceWith, endings: formEndings } of grammar.stemAlternations ?? [])
    for (const [stem, level] of levelOfStem) {
      if (!stem.endsWith(stemEnd) || stem.length - stemEnd.length < MIN_STEM) continue;
      const changed = stem.slice(0, stem.length - stemEnd.length) + replaceWith;
      for (const ending of formEndings) {
        keepFirst(levelOfChangedForm, changed + ending, level);
        keepFirst(levelOfChangedForm, fold(changed + ending), level);
      }
    }

  /** "anzuwenden" → "anwenden": the "zu" a separable verb takes inside, set aside. */
  const prefixes = [...(grammar.separablePrefixes ?? [])].sort((a, b) => b.length - a.length);
  const withoutZu = (word: string): string | undefined => {
    const prefix = prefixes.find((p) => word.startsWith(`${p}zu`) && word.length - p.length - 2 >= MIN_STEM);
    return prefix === undefined ? undefined : prefix + word.slice(prefix.length + 2);
  };

  /** A listed verb, or a stem of one plus an ending of the language ("analysiert", "evaluează", "evalúa"). */
  const levelOfInflected = (word: string): BloomLevel | undefined =>
    levelOf.get(word) ??
    stemAndEnding(word, levelOfStem, endings) ??
    levelOfChangedForm.get(word) ??
    (endings.length > 0
      ? (stemAndEnding(fold(word), foldedStems, foldedEndings) ?? levelOfChangedForm.get(fold(word)))
      : undefined);
  const levelOfForm = (word: string): BloomLevel | undefined => {
    const level = levelOfInflected(word);
    if (level) return level;
    const verb = withoutZu(word);
    return verb === undefined ? undefined : levelOfInflected(verb);
  };
  /** The verb a word is, if it is one; an elided article or preposition is set aside ("d’analyser"). */
  const verbOf = (word: string): { verb: string; level: BloomLevel } | null => {
    const level = levelOfForm(word);
    if (level) return { verb: word, level };
    const apostrophe = word.search(/['’]/);
    if (apostrophe === 1 || apostrophe === 2) {
      const rest = word.slice(apostrophe + 1);
      const elided = levelOfForm(rest);
      if (elided) return { verb: rest, level: elided };
    }
    return null;
  };
  const firstVerb = (list: string[]) => {
    for (const word of list) {
      const found = verbOf(word);
      if (found) return found;
    }
    return null;
  };
  const closing = (all: string[], after: number) => all.slice(Math.max(after, all.length - CLOSING_WORDS));

  return {
    language: bloom.language,
    verbAtEnd: grammar.verbAtEnd,
    leadIn(statement) {
      const match = leadIn.exec(commaBelow(statement.toLocaleLowerCase()));
      return match ? statement.slice(0, match[0].length) : '';
    },
    leadingVerb(statement) {
      const text = commaBelow(statement.trim().toLocaleLowerCase()).replace(leadIn, '');
      const all = words(text);
      return (
        firstVerb(all.slice(0, LEADING_WORDS)) ?? (grammar.verbAtEnd ? firstVerb(closing(all, LEADING_WORDS)) : null)
      );
    },
    vagueVerb(statement) {
      const text = statement.toLocaleLowerCase();
      if (!anyVague.test(text)) return null;
      const index = vague.findIndex((_, i) => vaguePattern(i).test(text));
      return index === -1 ? null : vague[index]!;
    },
    isActionVerb: (word) => verbOf(commaBelow(word.toLocaleLowerCase())) !== null,
    hasActionVerb(statement, opening) {
      const all = words(commaBelow(statement.toLocaleLowerCase()));
      if (firstVerb(all.slice(0, opening))) return true;
      return grammar.verbAtEnd && firstVerb(closing(all, opening)) !== null;
    },
  };
}

export const bloomRank = (level: BloomLevel): number => BLOOM_LEVELS.indexOf(level) + 1;
