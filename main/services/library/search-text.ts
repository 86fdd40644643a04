import type { Design } from '../../../shared/model';

/** The text a library search looks through, per indexed column. */
export function searchText(design: Design): { title: string; challenge: string; outcomes: string; activities: string } {
  const c = design.challenge;
  return {
    title: design.title,
    challenge: [
      c.bigIdea,
      c.essentialQuestion,
      c.statement,
      c.context.description,
      c.intendedImpact,
      c.owner.name,
      design.summary,
    ]
      .filter(Boolean)
      .join('\n'),
    outcomes: design.outcomes.map((o) => o.statement).join('\n'),
    activities: design.activities.map((a) => `${a.title}\n${a.description}`).join('\n'),
  };
}

/**
 * Turns what a person types into a safe FTS5 query: every word must appear (as a prefix, so
 * results show while typing); FTS operators and quotes in the input are treated as text.
 */
export function toFtsQuery(input: string): string | null {
  const words = input.normalize('NFC').match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words
    .slice(0, 16)
    .map((word) => `"${word}"*`)
    .join(' ');
}
