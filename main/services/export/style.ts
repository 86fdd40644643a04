/** Text hygiene shared by the DOCX and PDF renderers (their look is shared/document/theme.ts). */

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
