import type { BloomVerbs } from '../catalog/schemas';
import { BLOOM_LEVELS, type BloomLevel } from '../model';

/** Fast verb lookups for outcome statements, built once per verb list. */
export interface VerbIndex {
  /** The Bloom level of the first action verb in the opening words, if any. */
  leadingVerb(statement: string): { verb: string; level: BloomLevel } | null;
  /** The first vague verb (e.g. "understand", "be aware of") the statement uses, if any. */
  vagueVerb(statement: string): string | null;
  isActionVerb(word: string): boolean;
}

/** "Students will be able to", "Learners can" and the like come before the verb. */
const PREAMBLE =
  /^(?:(?:by the end[^,]*,\s*)?(?:the\s+)?(?:students?|learners?|participants?|teams?)\s+(?:will|should|can|are able to|is able to)\s+(?:be\s+able\s+to\s+)?|(?:be\s+)?able\s+to\s+)/i;
const LEADING_WORDS = 4;

export function words(text: string): string[] {
  return text.toLocaleLowerCase().match(/[\p{L}\p{M}'’-]+/gu) ?? [];
}

export function buildVerbIndex(bloom: BloomVerbs): VerbIndex {
  const levelOf = new Map<string, BloomLevel>();
  // Later (higher) levels win for verbs listed twice: a verb is credited with the higher level.
  for (const level of bloom.levels) for (const verb of level.verbs) levelOf.set(verb.toLocaleLowerCase(), level.id);
  const singleVerbs = [...levelOf.keys()].filter((verb) => !verb.includes(' '));
  // Inflected forms ("analysieren" → "analysiert", "evaluează"): match on a stem of the infinitive.
  const stems = singleVerbs
    .filter((verb) => verb.length >= 7)
    .map((verb) => [verb.slice(0, verb.length - 2), levelOf.get(verb)!] as const);
  const vague = bloom.vague.map((phrase) => phrase.toLocaleLowerCase());
  const vaguePatterns = vague.map(
    (phrase) => new RegExp(`(?:^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}])`, 'u'),
  );

  const levelOfWord = (word: string): BloomLevel | undefined => {
    const exact = levelOf.get(word) ?? levelOf.get(word.replace(/s$/, ''));
    if (exact) return exact;
    return stems.find(([stem]) => word.startsWith(stem))?.[1];
  };

  return {
    leadingVerb(statement) {
      const opening = words(statement.trim().replace(PREAMBLE, '')).slice(0, LEADING_WORDS);
      for (const word of opening) {
        const level = levelOfWord(word);
        if (level) return { verb: word, level };
      }
      return null;
    },
    vagueVerb(statement) {
      const text = statement.toLocaleLowerCase();
      const index = vaguePatterns.findIndex((pattern) => pattern.test(text));
      return index === -1 ? null : vague[index]!;
    },
    isActionVerb: (word) => levelOfWord(word.toLocaleLowerCase()) !== undefined,
  };
}

export const bloomRank = (level: BloomLevel): number => BLOOM_LEVELS.indexOf(level) + 1;
