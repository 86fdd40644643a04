import type { Assessment, Design } from './design';

/**
 * Edits that keep a design's links consistent. They mutate in place, so the UI applies them
 * inside its immer recipes; removing an item also removes every link that pointed at it
 * (a dangling link would make the design invalid, see checkReferences in design.ts).
 */

const without = (ids: string[], id: string) => ids.filter((known) => known !== id);

export function removeCompetence(design: Design, id: string): void {
  design.competences = design.competences.filter((competence) => competence.id !== id);
  for (const outcome of design.outcomes) outcome.competenceIds = without(outcome.competenceIds, id);
}

export function removeOutcome(design: Design, id: string): void {
  design.outcomes = design.outcomes.filter((outcome) => outcome.id !== id);
  for (const translation of design.translations) delete translation.outcomes[id];
  for (const activity of design.activities) activity.outcomeIds = without(activity.outcomeIds, id);
  for (const assessment of design.assessments) {
    assessment.outcomeIds = without(assessment.outcomeIds, id);
    for (const criterion of assessment.rubric.criteria) criterion.outcomeIds = without(criterion.outcomeIds, id);
  }
}

export function removeRubricLevel(assessment: Assessment, levelId: string): void {
  assessment.rubric.levels = assessment.rubric.levels.filter((level) => level.id !== levelId);
  for (const criterion of assessment.rubric.criteria)
    criterion.descriptors = criterion.descriptors.filter((descriptor) => descriptor.levelId !== levelId);
}

/** Sets the rubric text of one criterion at one level (creating or clearing the descriptor). */
export function setDescriptor(assessment: Assessment, criterionId: string, levelId: string, text: string): void {
  const criterion = assessment.rubric.criteria.find((c) => c.id === criterionId);
  if (!criterion || !assessment.rubric.levels.some((level) => level.id === levelId)) return;
  const existing = criterion.descriptors.find((descriptor) => descriptor.levelId === levelId);
  if (existing) existing.text = text;
  else criterion.descriptors.push({ levelId, text });
}

/** Adds or removes one id in a link list, keeping the order the items were linked in. */
export function toggleLink(ids: string[], id: string, linked: boolean): string[] {
  if (linked) return ids.includes(id) ? ids : [...ids, id];
  return without(ids, id);
}

/** Moves an item within a list (drag and drop, or the move buttons); out-of-range moves do nothing. */
export function moveItem<T>(items: T[], from: number, to: number): void {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return;
  const [item] = items.splice(from, 1);
  items.splice(to, 0, item!);
}
