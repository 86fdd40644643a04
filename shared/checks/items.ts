import type { BloomLevel, LearningOutcome } from '../model';
import { excerpt } from './labels';
import type { VerbIndex } from './verbs';

/**
 * What the checks read from an outcome statement, worked out once per statement: typing in one
 * outcome re-reads that outcome only. Cached by the outcome object (immer keeps an unchanged
 * item's identity between edits) and checked against its statement, so an outcome changed in
 * place is read afresh: the result is always what a full run would find.
 */
export interface StatementFacts {
  statement: string;
  blank: boolean;
  /** Quotable start of the statement for messages. */
  excerpt: string;
  /** Lower case, punctuation as single spaces: what makes two statements duplicates. */
  normalised: string;
  /** The action verb the statement opens with, and its Bloom level. */
  leading: { verb: string; level: BloomLevel } | null;
  /** The first vague verb the statement uses. */
  vague: string | null;
}

const facts = new WeakMap<VerbIndex, WeakMap<LearningOutcome, StatementFacts>>();

export function statementFacts(outcome: LearningOutcome, verbs: VerbIndex): StatementFacts {
  let byOutcome = facts.get(verbs);
  if (!byOutcome) facts.set(verbs, (byOutcome = new WeakMap()));
  const cached = byOutcome.get(outcome);
  if (cached?.statement === outcome.statement) return cached;
  const { statement } = outcome;
  const fresh: StatementFacts = {
    statement,
    blank: statement.trim().length === 0,
    excerpt: excerpt(statement),
    normalised: statement
      .toLocaleLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
    leading: verbs.leadingVerb(statement),
    vague: verbs.vagueVerb(statement),
  };
  byOutcome.set(outcome, fresh);
  return fresh;
}
