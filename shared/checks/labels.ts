import type { Design } from '../model';

/** Short, stable labels that documents and messages use: LO1, A3, AS2 (by position). */
export const outcomeLabel = (design: Design, id: string): string =>
  `LO${design.outcomes.findIndex((o) => o.id === id) + 1}`;
export const activityLabel = (design: Design, id: string): string =>
  `A${design.activities.findIndex((a) => a.id === id) + 1}`;
export const assessmentLabel = (design: Design, id: string): string =>
  `AS${design.assessments.findIndex((a) => a.id === id) + 1}`;

export { excerpt } from '../text';
