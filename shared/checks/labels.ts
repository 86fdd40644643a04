import { positionOf, type Design } from '../model';

/** Short, stable labels that documents and messages use: LO1, A3, AS2 (by position). */
export const outcomeLabel = (design: Design, id: string): string => `LO${positionOf(design.outcomes, id) + 1}`;
export const activityLabel = (design: Design, id: string): string => `A${positionOf(design.activities, id) + 1}`;
export const assessmentLabel = (design: Design, id: string): string => `AS${positionOf(design.assessments, id) + 1}`;

/** A quotable excerpt of user text for messages: first words, at most `max` characters. */
export function excerpt(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).trimEnd()}…`;
}
