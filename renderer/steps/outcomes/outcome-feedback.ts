import { capitalise } from '../../../shared/i18n';
import { bloomRank, type VerbIndex } from '../../../shared/checks';
import type { BloomLevel, LearningOutcome } from '../../../shared/model';

export interface OutcomeFeedback {
  /** The action verb the statement opens with, and its Bloom level. */
  verb: string | null;
  detected: BloomLevel | null;
  /** A vague verb ("understand", "know about") the statement uses. */
  vague: string | null;
  /** The chosen Bloom level is not the level of the opening verb. */
  mismatch: boolean;
}

/** What the outcome builder tells the author as they type (the same verb lists as the checks). */
export function outcomeFeedback(outcome: LearningOutcome, verbs: VerbIndex): OutcomeFeedback {
  const leading = outcome.statement.trim() ? verbs.leadingVerb(outcome.statement) : null;
  return {
    verb: leading?.verb ?? null,
    detected: leading?.level ?? null,
    vague: outcome.statement.trim() ? verbs.vagueVerb(outcome.statement) : null,
    mismatch: !!leading && !!outcome.bloom && bloomRank(leading.level) !== bloomRank(outcome.bloom),
  };
}

/**
 * Puts a suggested verb at the start of a statement: replaces the leading action verb or vague
 * verb if there is one, else prefixes it ("analyse" + "the data" → "Analyse the data").
 */
export function withVerb(statement: string, verb: string, verbs: VerbIndex): string {
  // Not the browser's locale: Greek would lose the accent ("ανάλυσε" stays, "άλλο" → "Άλλο").
  const capitalised = capitalise(verb, 'und');
  const trimmed = statement.trim();
  if (!trimmed) return `${capitalised} `;
  // A vague opening ("Understand …", "Be aware of …") is what the suggestion replaces.
  const vague = verbs.vagueVerb(trimmed);
  if (vague && trimmed.toLocaleLowerCase().startsWith(vague)) return `${capitalised}${trimmed.slice(vague.length)}`;
  const [first = '', ...rest] = trimmed.split(/\s+/);
  if (verbs.isActionVerb(first.replace(/[^\p{L}'’-]/gu, ''))) return [capitalised, ...rest].join(' ');
  return `${capitalised} ${trimmed.charAt(0).toLocaleLowerCase()}${trimmed.slice(1)}`;
}
