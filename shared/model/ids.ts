/** Web Crypto exists in browsers, Node 22 and Electron alike; typed here so shared/ stays DOM-free. */
declare const crypto: { randomUUID(): string };

/** A fresh, stable item id. Links between items use ids, so reordering never breaks them. */
export function newId(): string {
  return crypto.randomUUID();
}
