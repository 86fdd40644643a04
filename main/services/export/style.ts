/** Look and text hygiene shared by the DOCX and PDF renderers, so both documents match. */

export const NOTE_TONES = {
  info: { fill: 'EEF4FB', border: '1F4E79' },
  warning: { fill: 'FEF6E7', border: 'B54708' },
  success: { fill: 'ECFDF3', border: '067647' },
} as const;

/**
 * Removes what no document format may carry: control characters (tab and newline stay),
 * lone surrogates and the non-characters U+FFFE/U+FFFF. Everything else, <, & and quotes
 * included, is escaped by the libraries.
 */
export function safeText(text: string): string {
  return (
    text
      // Control characters are exactly what this removes.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
  );
}

/** A lighter shade of a hex colour (amount 0 = same, 1 = white), for header fills. */
export function tint(hex: string, amount: number): string {
  const channels = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return channels
    .map((c) =>
      Math.round(c + (255 - c) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}
