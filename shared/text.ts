/** A quotable excerpt of user text for messages: first words, at most `max` characters. */
export function excerpt(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).trimEnd()}…`;
}

/**
 * Control characters (terminal escapes, C1 controls) and bidirectional overrides, which would
 * let hostile input rewrite a terminal line or reorder a message when quoted.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Input quoted in a message: at most `max` characters, unsafe characters escaped, and the full
 * length named when it was cut ("xxxx…" (5,000,000 characters)). Messages never repeat input
 * in full: a 10 MB field name must not become a 10 MB error line.
 */
export function quoted(text: string, max = 40): string {
  const safe = (value: string) =>
    value.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (text.length <= max) return `"${safe(text)}"`;
  // Never end on half of a surrogate pair (an emoji cut in two).
  const cut = /[\ud800-\udbff]$/.test(text.slice(0, max)) ? text.slice(0, max - 1) : text.slice(0, max);
  return `"${safe(cut)}…" (${text.length.toLocaleString('en')} characters)`;
}
