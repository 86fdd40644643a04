/**
 * Reading numbers as people type them across Europe: "2,5" and "2.5" both mean two and a half;
 * "1 500", "1.500,5", "1,500.5" and "1’500" group thousands (spaces include the no-break and
 * narrow no-break spaces French and Swedish use). What could mean two different numbers
 * ("1,500": 1500 or 1.5?) is refused, never guessed: the field says how to write it instead.
 */
export type NumberReading = { ok: true; value: number | null } | { ok: false; problem: 'unreadable' | 'ambiguous' };

/** Characters that only ever group thousands: spaces of every width, apostrophes. */
const GROUP_ONLY = /[\s\u00A0\u202F\u2009'’]/;
const MINUS = /^[-\u2212]/;

const unreadable: NumberReading = { ok: false, problem: 'unreadable' };

/** "1.234.567" with "." as the group separator → "1234567"; null when the groups are not of three. */
function ungroup(integer: string, separator: string): string | null {
  const groups = integer.split(separator);
  if (groups.length === 1) return integer;
  const [first, ...rest] = groups;
  if (!/^\d{1,3}$/.test(first!) || !rest.every((group) => /^\d{3}$/.test(group))) return null;
  return groups.join('');
}

/** Reads what someone typed into a number field; null for an empty field. */
export function readNumber(text: string): NumberReading {
  let body = text.trim();
  if (body === '') return { ok: true, value: null };
  const negative = MINUS.test(body);
  if (negative) body = body.slice(1).trimStart();
  if (!/^[\d.,\s\u00A0\u202F\u2009'’]+$/.test(body) || !/\d/.test(body)) return unreadable;

  // One kind of thousands separator at most: spaces/apostrophes, or the mark that is not the decimal.
  const spaced = body.replace(/[\s\u00A0\u202F\u2009'’]/g, ' ');
  const hasSpaceGroups = GROUP_ONLY.test(body);
  const dots = (body.match(/\./g) ?? []).length;
  const commas = (body.match(/,/g) ?? []).length;

  let integer: string;
  let fraction = '';
  let groupMark: string | null = hasSpaceGroups ? ' ' : null;

  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal separator and occurs once; the other groups.
    const decimal = spaced.lastIndexOf('.') > spaced.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if ((decimal === '.' ? dots : commas) !== 1 || hasSpaceGroups) return unreadable;
    [integer, fraction] = spaced.split(decimal) as [string, string];
    if (fraction.includes(group)) return unreadable;
    groupMark = group;
  } else if (dots + commas > 1) {
    // "1.234.567" or "1,234,567": one mark used several times can only group thousands.
    if (hasSpaceGroups) return unreadable;
    integer = spaced;
    groupMark = dots > 0 ? '.' : ',';
  } else if (dots + commas === 1) {
    const mark = dots === 1 ? '.' : ',';
    [integer, fraction] = spaced.split(mark) as [string, string];
    const bareInteger = integer.replace(/ /g, '');
    // "1,500" / "12.500": a thousands separator in some languages, a decimal one in others.
    if (!hasSpaceGroups && /^\d{3}$/.test(fraction) && /^[1-9]\d{0,2}$/.test(bareInteger))
      return { ok: false, problem: 'ambiguous' };
  } else {
    integer = spaced;
  }

  if (/ /.test(fraction)) return unreadable;
  const digits = groupMark ? ungroup(integer.trim(), groupMark) : integer;
  if (digits === null || !/^\d*$/.test(digits) || !/^\d*$/.test(fraction)) return unreadable;
  if (digits === '' && fraction === '') return unreadable;
  const value = Number(`${negative ? '-' : ''}${digits || '0'}.${fraction || '0'}`);
  return Number.isFinite(value) ? { ok: true, value: value === 0 ? 0 : value } : unreadable;
}

/** A number the way the language writes it in a field: "2,5" in French, "2.5" in English; no grouping. */
export function formatNumberInput(value: number | null, language: string): string {
  if (value === null) return '';
  const text = new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 6 }).format(value);
  // "1.125" would read as ambiguous when typed back; "1.1250" cannot be a thousands separator.
  return readNumber(text).ok ? text : `${text}0`;
}
