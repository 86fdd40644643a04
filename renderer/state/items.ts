import { isDraft, original } from 'immer';
import { positionOf } from '../../shared/model';

/**
 * An item of one of the design's lists by id, in constant time (positions are indexed once per
 * list): with 500 outcomes on screen, each card's store subscription stays cheap on every edit.
 */
export const itemById = <T extends { id: string }>(items: readonly T[], id: string): T | undefined =>
  items[positionOf(items, id)];

/**
 * The same inside an edit recipe: the position comes from the list before the edit, so immer
 * drafts the edited item only, not every item a search would have walked past.
 */
export function draftById<T extends { id: string }>(items: T[], id: string): T | undefined {
  const base: readonly { id: string }[] = isDraft(items) ? (original(items as object) as T[]) : items;
  return items[positionOf(base, id)];
}
