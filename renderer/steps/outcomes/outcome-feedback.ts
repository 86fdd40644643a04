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
 * Puts a suggested verb where the statement's language wants it: replaces the action verb or the
 * vague opening if there is one; else after the lead-in ("Students will be able to analyse …"),
 * at the start ("analyse" + "the data" → "Analyse the data"), or in German at the end
 * ("Daten aus Feldstudien" + "analysieren" → "Daten aus Feldstudien analysieren").
 */
export function withVerb(statement: string, verb: string, verbs: VerbIndex): string {
  // Not the browser's locale: Greek would lose the accent ("ανάλυσε" stays, "άλλο" → "Άλλο").
  const capitalised = capitalise(verb, 'und');
  const trimmed = statement.trim();
  if (!trimmed) return `${capitalised} `;
  const lead = verbs.leadIn(trimmed);
  const body = trimmed.slice(lead.length);
  const opening = lead ? verb : capitalised;
  // A vague opening ("Understand …", "Be aware of …") is what the suggestion replaces.
  const vague = verbs.vagueVerb(body);
  if (vague && body.toLocaleLowerCase().startsWith(vague))
    return elide(`${lead}${opening}${body.slice(vague.length)}`, lead.length, verbs.language);
  const found = verbs.leadingVerb(trimmed);
  const at = found ? wordAt(trimmed, found.verb, verbs.verbAtEnd) : -1;
  if (at !== -1)
    return elide(
      `${trimmed.slice(0, at)}${at === 0 ? capitalised : verb}${trimmed.slice(at + found!.verb.length)}`,
      at,
      verbs.language,
    );
  if (verbs.verbAtEnd) {
    const end = /[.;!?…]*$/u.exec(trimmed)?.[0] ?? '';
    return `${trimmed.slice(0, trimmed.length - end.length)} ${verb}${end}`;
  }
  return elide(`${lead}${opening} ${body.charAt(0).toLocaleLowerCase()}${body.slice(1)}`, lead.length, verbs.language);
}

/** Where `word` stands in `text` as a whole word (the last such place when `last`), or -1. */
function wordAt(text: string, word: string, last: boolean): number {
  const lower = text.toLocaleLowerCase();
  const letter = /[\p{L}\p{M}]/u;
  let found = -1;
  for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
    const before = lower[at - 1];
    const after = lower[at + word.length];
    if ((before === undefined || !letter.test(before)) && (after === undefined || !letter.test(after))) {
      found = at;
      if (!last) break;
    }
  }
  return found;
}

/**
 * French elision before the verb placed at `at`: "capable d’analyser" but "capable de concevoir".
 */
function elide(text: string, at: number, language: string): string {
  if (language !== 'fr' || at < 2) return text;
  const vowel = /^[aeiouyhàâäéèêëîïôöûüœæ]/iu.test(text.slice(at));
  const before = text.slice(0, at);
  const elided = /(^|[^\p{L}])([dlj])['’]$/iu.exec(before);
  if (elided && !vowel) return `${before.slice(0, -1)}e ${text.slice(at)}`;
  const full = /(^|[^\p{L}])([dlj])e $/iu.exec(before);
  if (full && vowel) return `${before.slice(0, -2)}’${text.slice(at)}`;
  return text;
}
