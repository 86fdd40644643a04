import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * French typography, one rule in every French file (the Imprimerie nationale's, as
 * templates/SOURCES.md states it): a narrow no-break space (U+202F) before ; ! ?, a no-break
 * space (U+00A0) before : and inside « ». A regular space there breaks the line before the mark;
 * the wrong no-break space makes two French texts side by side look different.
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');
const NARROW = '\u202F';
const NBSP = '\u00A0';

const templateFiles = (folder: string) =>
  readdirSync(join(ROOT, 'templates', folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /(^|[./])fr\.json$/.test(name))
    .map((name) => join('templates', folder, name));

const FILES = [
  'shared/i18n/locales/fr.json',
  'renderer/i18n/locales/fr.json',
  'main/electron/locales/fr.json',
  'main/cli/locales/fr.json',
  ...['bloom', 'frameworks', 'glossary', 'hubs', 'interpretations', 'sdg'].flatMap(templateFiles),
];
/** Fields of the French files that are not French text: sources and notes in English, codes, links. */
const NOT_FRENCH = new Set(['leadIn', 'source', 'note', 'reference', 'url', 'en', 'id', 'language', 'code', 'colour']);

function frenchValues(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (Array.isArray(tree)) return tree.flatMap((item, i) => frenchValues(item, `${path}[${i}]`));
  if (tree && typeof tree === 'object')
    return Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' && NOT_FRENCH.has(key) ? [] : frenchValues(value, path ? `${path}.${key}` : key),
    );
  return [];
}

const name = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with the spacing of one French text, with the place it is wrong. */
export function spacingFaults(message: string): string[] {
  // Placeholders and nested $t(key, { "count": … }) are code, not French text.
  const text = message.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, 'X');
  const faults: string[] = [];
  const around = (index: number) => text.slice(Math.max(0, index - 12), index + 3);
  for (const m of text.matchAll(/([\s\u202F]?)([;!?:])/g)) {
    const [, space, mark] = m as unknown as [string, string, string];
    const after = text[m.index + m[0].length];
    // "?" or ":" inside a word, a link or a number (http://, 10:30, ?uri=) is not a French mark.
    if (!space && after !== undefined && !/\s/.test(after)) continue;
    if (!space && mark === '!' && after === undefined) continue;
    // A JSON example in a message ({"<id>": 2}) is code: French quotes are « », never ".
    if (!space && mark === ':' && text[m.index - 1] === '"') continue;
    const wanted = mark === ':' ? NBSP : NARROW;
    if (space !== wanted) faults.push(`${space ? name(space) : 'no space'} before “${mark}”: …${around(m.index)}…`);
  }
  for (const m of text.matchAll(/«([\s\u202F]?)|([\s\u202F]?)»/g)) {
    const space = m[1] ?? m[2] ?? '';
    if (space !== NBSP) faults.push(`${space ? name(space) : 'no space'} inside « »: …${around(m.index)}…`);
  }
  return faults;
}

describe('French spacing', () => {
  it('the rule: U+202F before ; ! ?, U+00A0 before : and inside « »', () => {
    expect(spacingFaults(`Pourquoi${NARROW}? Voici${NBSP}: «${NBSP}défi${NBSP}»${NARROW}; bien${NARROW}!`)).toEqual([]);
    expect(spacingFaults('Pourquoi ? Voici : « défi »')).toHaveLength(4);
    expect(spacingFaults(`Pourquoi${NBSP}? Voici${NARROW}:`)).toHaveLength(2);
    expect(spacingFaults('Pourquoi? Voici:')).toHaveLength(2);
    expect(spacingFaults('$t(alignment.largeItems, { "count": {{items}} })')).toEqual([]);
    expect(spacingFaults('https://eur-lex.europa.eu/?uri=CELEX:32022H0627 à 10:30')).toEqual([]);
  });

  it.each(FILES)('%s follows it in every French value', (file) => {
    const values = frenchValues(JSON.parse(readFileSync(join(ROOT, file), 'utf8')));
    const faults = values.flatMap(([path, text]) => spacingFaults(text).map((fault) => `${path}: ${fault}`));
    expect(faults).toEqual([]);
  });
});
