// Upper case as each language writes it. Its own module so that the document renderers (which
// run in a worker) take these without the message catalogues.

/**
 * "formative" → "Formative", "άλλο" → "Άλλο" where a label stands on its own (options, table cells, values).
 * The messages stay lower case because findings use them mid-sentence.
 */
export function capitalise(text: string, language: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  // Greek upper case drops the accent (ά → Α, as in all-capitals text); a capital that starts
  // a word keeps it (Ά). The language-neutral mapping does that; other languages (Turkish i → İ)
  // need their own.
  const upper = language.split('-')[0] === 'el' ? head.toUpperCase() : head.toLocaleUpperCase(language);
  return upper + text.slice(head.length);
}

/**
 * Text in capitals the way its language writes them (a document's eyebrow, a label set in caps):
 * Greek capitals drop the tonos and keep the diaeresis ("Πρόταση έγκρισης" → "ΠΡΟΤΑΣΗ ΕΓΚΡΙΣΗΣ",
 * "άυλος" → "ΑΫΛΟΣ"), which the language-neutral toUpperCase does not do.
 */
export function allCaps(text: string, language: string): string {
  try {
    return text.toLocaleUpperCase(language);
  } catch {
    return text.toUpperCase(); // not a valid language tag
  }
}
