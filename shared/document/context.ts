import { indexCatalog, type Catalog, type CatalogIndex } from '../catalog';
import type { CheckReport } from '../checks';
import { capitalise, type Translate } from '../i18n';
import type { Design, DesignTranslation } from '../model';
import type { Inline } from './model';

/** Everything a document builder reads: the design, its reference data, its checks and the words. */
export interface DocumentContext {
  design: Design;
  catalog: Catalog;
  index: CatalogIndex;
  report: CheckReport;
  t: Translate;
  /** When the document is produced (shown on the cover; injected so output is reproducible). */
  now: Date;
  /** A bilingual document's second language: its words and the design's texts in it. */
  second?: SecondLanguage;
}

export interface SecondLanguage {
  language: string;
  t: Translate;
  translation: DesignTranslation;
}

/** A heading or label in both languages of a bilingual document ("Acquis d’apprentissage / Learning outcomes"). */
export function bilingual(context: Pick<DocumentContext, 't' | 'second'>, key: string): string {
  const first = context.t(key);
  const second = context.second?.t(key);
  return second && second !== first ? `${first} / ${second}` : first;
}

/** Text in the second language, tagged with it (so Word and screen readers read it as such). */
export const inSecond = (second: SecondLanguage, text: string): Inline => ({
  text,
  italic: true,
  language: second.language,
});

export function documentContext(input: Omit<DocumentContext, 'index'>): DocumentContext {
  return { ...input, index: indexCatalog(input.catalog) };
}

/** A name from the messages standing on its own (a table cell, a value): "Formative". */
export const labelOf = (context: Pick<DocumentContext, 't' | 'design'>, key: string): string =>
  capitalise(context.t(key), context.design.language);

/**
 * The EU writes Greece as EL and the United Kingdom as UK (Interinstitutional Style Guide);
 * Intl knows only the ISO codes GR and GB.
 */
const EU_COUNTRY_CODES: Record<string, string> = { EL: 'GR', UK: 'GB' };

/** One set of formatters per document: builders ask in every section, and each Intl object costs. */
const formatsOf = new WeakMap<DocumentContext, ReturnType<typeof formatsFor>>();

/** Formatting in the design's language (Intl is part of the language, not of Node or the DOM). */
export function formats(context: DocumentContext) {
  let made = formatsOf.get(context);
  if (!made) formatsOf.set(context, (made = formatsFor(context.design.language, context.t)));
  return made;
}

/** Formatting in a language (a design's, a pathway's). */
export function formatsFor(language: string, t: Translate) {
  // European readers: plain "en" formats dates the British way ("23 November 2026").
  const locale = language === 'en' ? 'en-GB' : language;
  // Each formatter is made on first use: a document may never list countries or languages.
  const once = <T>(make: () => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  const number = once(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));
  // "40 %" in French and German, "40%" in English: the spacing and sign are the language's.
  const percent = once(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }));
  const regions = once(() => new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' }));
  const languages = once(() => new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' }));
  const dates = once(() => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  const lists = once(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  return {
    number: (value: number) => number().format(value),
    /** A share given in percent points (40 → "40 %" in French, "40%" in English). */
    percent: (value: number) => percent().format(value / 100),
    hours: (value: number) => t('document.units.hours', { value: number().format(value) }),
    date: (value: Date | string) => dates().format(new Date(value)),
    country: (code: string) => regions().of(EU_COUNTRY_CODES[code] ?? code) ?? code,
    language: (code: string) => languages().of(code) ?? code,
    list: (items: string[]) => lists().format(items),
  };
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'yi']);
export const directionOf = (language: string): 'ltr' | 'rtl' =>
  RTL_LANGUAGES.has(language.split('-')[0]!) ? 'rtl' : 'ltr';

/** "SDG 11" / "ODD 11" / "ΣΒΑ 11": a goal or a list of targets with the language's abbreviation. */
export const sdgLabel = (context: Pick<DocumentContext, 't'>, codes: string | number | (string | number)[]): string =>
  context.t('document.sdg.codes', { codes: (Array.isArray(codes) ? codes : [codes]).join(', ') });
