/**
 * "fr, RO; el" → ["FR", "RO", "EL"]; null when any entry is not a two-letter code (the field
 * then keeps the typed text and says why, and the design keeps its last valid list).
 */
export function parseCountries(text: string): string[] | null {
  const entries = text
    .split(/[\s,;]+/)
    .map((entry) => entry.trim().toUpperCase())
    .filter(Boolean);
  if (!entries.every((entry) => /^[A-Z]{2}$/.test(entry))) return null;
  return [...new Set(entries)];
}
