/** Web Crypto exists in browsers, Node 22 and Electron alike; typed here so shared/ stays DOM-free. */
declare const crypto: { randomUUID(): string };

/** A fresh, stable item id. Links between items use ids, so reordering never breaks them. */
export function newId(): string {
  return crypto.randomUUID();
}

const positions = new WeakMap<readonly { id: string }[], Map<string, number>>();

/**
 * The position of an item in its list (-1 if absent), in constant time: the list's positions are
 * indexed once per list object (an edit makes a new list; a list changed in place is re-indexed
 * as soon as an indexed position no longer holds the item).
 */
export function positionOf(items: readonly { id: string }[], id: string): number {
  let index = positions.get(items);
  let at = index?.get(id);
  if (at === undefined || items[at]?.id !== id) {
    index = new Map();
    for (let i = items.length - 1; i >= 0; i--) index.set(items[i]!.id, i); // the first of duplicates wins
    positions.set(items, index);
    at = index.get(id);
  }
  return at ?? -1;
}
