import { positionOf, type Design } from '../model';

/**
 * Short, stable labels that documents, messages and the UI use: LO1, A3, AS2 (by position).
 * One home, so the alignment matrix on screen and the documents name items alike. The codes are
 * language-neutral on purpose (issue 18): a coordinator reading the UI in Greek and the design's
 * documents in French, or a comment written in one language about a document in another, must
 * point at the same "LO2". The documents explain A and AS where they use them.
 */
export const LABEL_PREFIX = { outcome: 'LO', activity: 'A', assessment: 'AS' } as const;

/** The label of the item at `index` (0-based) of its list. */
export const itemLabel = (kind: keyof typeof LABEL_PREFIX, index: number): string =>
  `${LABEL_PREFIX[kind]}${index + 1}`;

/** Positions come from positionOf's per-list index, so labelling every item of a list stays linear. */
const labelIn = (kind: keyof typeof LABEL_PREFIX, items: readonly { id: string }[], id: string) =>
  itemLabel(kind, positionOf(items, id));

export const outcomeLabel = (design: Design, id: string) => labelIn('outcome', design.outcomes, id);
export const activityLabel = (design: Design, id: string) => labelIn('activity', design.activities, id);
export const assessmentLabel = (design: Design, id: string) => labelIn('assessment', design.assessments, id);

export { excerpt } from '../text';
