import type { Messages } from '../../shared/i18n';

/** A pseudo-locale: English made about 40 % longer and accented, to find cut-off labels and literals. */
export const PSEUDO_LOCALE = 'en-XA';

const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'î',
  o: 'ö',
  u: 'û',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  y: 'ý',
  z: 'ž',
  g: 'ğ',
  l: 'ł',
  d: 'ð',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ö',
  U: 'Û',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Y: 'Ý',
  Z: 'Ž',
  G: 'Ğ',
  L: 'Ł',
  D: 'Ð',
};
const PADDING = '~·ﾟ✧˜';

/** One message: letters accented, {{placeholders}}, $t(…) and <tags> untouched, padded by 40 %. */
export function pseudoText(text: string): string {
  const parts = text.split(/(\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]+>)/);
  const accented = parts
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[a-zA-Z]/g, (letter) => ACCENTED[letter] ?? letter)))
    .join('');
  const visible = parts.filter((_, i) => i % 2 === 0).join('').length;
  const extra = Math.ceil(visible * 0.4);
  let pad = '';
  while (pad.length < extra) pad += PADDING;
  return `[${accented}${extra > 0 ? ` ${pad.slice(0, Math.max(0, extra - 1))}` : ''}]`;
}

export function pseudoLocalise(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? pseudoText(value)
        : value && typeof value === 'object'
          ? pseudoLocalise(value as Messages)
          : value,
    ]),
  );
}
