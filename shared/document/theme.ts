/**
 * The one palette and type scale of every exported document: the DOCX styles, the PDF styles
 * and the in-app preview read their colours and sizes from here, so the formats cannot drift.
 * Colours are 6-digit hex without "#"; sizes are points.
 */
import type { Tone } from './model';

/** A lighter shade of a hex colour (amount 0 = same, 1 = white). */
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

/** WCAG 2 relative luminance of a hex colour. */
function luminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio between two hex colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const BRAND = '1F4E79';

export const PALETTE = {
  /** Body text. */
  ink: '1D2939',
  /** Secondary text: notes, units, running header and footer. */
  muted: '5B6474',
  /** Lead paragraphs. */
  lead: '475467',
  /** Table rules. */
  line: 'D0D5DD',
  /** Headings, title, table header text: a calm blue, also the accent of documents without an SDG. */
  brand: BRAND,
  /** Table header fill. */
  headerFill: tint(BRAND, 0.88),
  /** Label column of key/value tables. */
  labelFill: 'F2F4F7',
  /** Table cells that mark a gap (an outcome nothing assesses) and a link (the alignment matrix). */
  gapFill: 'FDE2E1',
  linkFill: 'E3EEF8',
  /** Words that carry a state: all at 4.5:1 or more on white and on the fills above. */
  tones: {
    muted: '5B6474',
    error: 'B42318',
    warning: '93370D',
    success: '067647',
    advice: '475467',
  } satisfies Record<Tone, string>,
  notes: {
    info: { fill: 'EEF4FB', border: BRAND },
    warning: { fill: 'FEF6E7', border: 'B54708' },
    success: { fill: 'ECFDF3', border: '067647' },
  },
} as const;

/** Sizes in points, shared by both formats. */
export const TYPE_SCALE = {
  body: 10,
  lead: 11,
  small: 8,
  table: 9,
  compact: 8,
  badge: 8.5,
  running: 7.5,
  h1: 17,
  h2: 13,
  h3: 11,
  h4: 10,
  title: 26,
  subtitle: 12.5,
  eyebrow: 10,
  coverFacts: 10.5,
} as const;

/**
 * An SDG badge keeps the goal's official colour as its border and sets the goal's text in ink on
 * a light tint of that colour: white on the official colours fails WCAG for most goals (1.6:1 on
 * goal 7's yellow).
 */
export function badgeColours(official: string): { border: string; fill: string; text: string } {
  return { border: official, fill: tint(official, 0.82), text: PALETTE.ink };
}
