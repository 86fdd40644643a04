import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import pdfmake from 'pdfmake';

/**
 * The embedded faces, in the order a character looks for a face that draws it: Latin, Greek and
 * Cyrillic first, then Hebrew, Arabic, symbols and emoji (templates/documents/fonts, SIL OFL).
 */
export const FACES = {
  Noto: { stem: 'NotoSans', styles: ['Regular', 'Bold', 'Italic', 'BoldItalic'] },
  NotoHebrew: { stem: 'NotoSansHebrew', styles: ['Regular', 'Bold'] },
  NotoArabic: { stem: 'NotoSansArabic', styles: ['Regular', 'Bold'] },
  NotoSymbols2: { stem: 'NotoSansSymbols2', styles: ['Regular'] },
  NotoSymbols: { stem: 'NotoSansSymbols', styles: ['Regular'] },
  NotoEmoji: { stem: 'NotoEmoji', styles: ['Regular'] },
} as const;
export type Face = keyof typeof FACES;
export const RTL_FACES: ReadonlySet<Face> = new Set(['NotoHebrew', 'NotoArabic']);

export interface Fonts {
  /** The first face that draws a code point, or null when none does. */
  faceFor(codePoint: number): Face | null;
  /** Whether a face draws a code point. */
  has(face: Face, codePoint: number): boolean;
  /** Advance width in points of `text` in one face and style (as pdfkit measures it, through fontkit). */
  width(text: string, face: Face, bold: boolean, size: number): number;
  /** Advance width in points of one character (no kerning: a slight overestimate, fine for measuring lines). */
  charWidth(char: string, face: Face, bold: boolean, size: number): number;
  /** Height in points of one line of `size` (the tallest face, times pdfmake's line height factor). */
  lineHeight(size: number, factor: number): number;
}

let loadedFrom: string | null = null;
let fonts: Fonts | null = null;

/**
 * Registers the fonts in pdfmake's in-memory file system, once per process. pdfmake is told to
 * fetch nothing: no URLs, no local paths (a design cannot smuggle in an image).
 */
export function loadFonts(fontsDir: string): Fonts {
  if (fonts && loadedFrom === fontsDir) return fonts;
  const faces = new Map<string, fontkit.Font>();
  const families: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }> = {};
  for (const [face, { stem, styles }] of Object.entries(FACES) as [Face, (typeof FACES)[Face]][]) {
    for (const style of styles) {
      const file = `${stem}-${style}.ttf`;
      const bytes = readFileSync(join(fontsDir, file));
      pdfmake.virtualfs.writeFileSync(file, bytes);
      if (style === 'Regular' || style === 'Bold') faces.set(`${face}-${style}`, fontkit.create(bytes));
    }
    const file = (style: string) => `${stem}-${(styles as readonly string[]).includes(style) ? style : 'Regular'}.ttf`;
    // Faces without italics print upright: the honest fallback.
    families[face] = {
      normal: file('Regular'),
      bold: file('Bold'),
      italics: file('Italic'),
      bolditalics: (styles as readonly string[]).includes('BoldItalic') ? file('BoldItalic') : file('Bold'),
    };
  }
  pdfmake.setFonts(families);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);

  const order = Object.keys(FACES) as Face[];
  const checkers = order.map((face) => [face, faces.get(`${face}-Regular`)!] as const);
  const faceCache = new Map<number, Face | null>();
  const widthCache = new Map<string, number>();
  const charCache = new Map<string, number>();
  const fontOf = (face: Face, bold: boolean) =>
    faces.get(`${face}-${bold ? 'Bold' : 'Regular'}`) ?? faces.get(`${face}-Regular`)!;
  const tallest = Math.max(...checkers.map(([, font]) => (font.ascent - font.descent) / font.unitsPerEm));
  const base = faces.get('Noto-Regular')!;
  const baseHeight = (base.ascent - base.descent) / base.unitsPerEm;
  fonts = {
    faceFor(codePoint) {
      let face = faceCache.get(codePoint);
      if (face === undefined) {
        face = checkers.find(([, font]) => font.hasGlyphForCodePoint(codePoint))?.[0] ?? null;
        faceCache.set(codePoint, face);
      }
      return face;
    },
    has(face, codePoint) {
      return fontOf(face, false).hasGlyphForCodePoint(codePoint);
    },
    charWidth(char, face, bold, size) {
      const key = `${face}${bold ? 'B' : ''}${char}`;
      let units = charCache.get(key);
      if (units === undefined) {
        const font = fontOf(face, bold);
        units = font.layout(char).advanceWidth / font.unitsPerEm;
        charCache.set(key, units);
      }
      return units * size;
    },
    width(text, face, bold, size) {
      const key = `${face}${bold ? 'B' : ''}\u0000${text}`;
      let units = widthCache.get(key);
      if (units === undefined) {
        const font = fontOf(face, bold);
        units = font.layout(text).advanceWidth / font.unitsPerEm;
        if (widthCache.size > 50_000) widthCache.clear();
        widthCache.set(key, units);
      }
      return units * size;
    },
    lineHeight(size, factor) {
      // Lines of Latin text use Noto Sans's height; a face with taller ascenders raises a line a little.
      return Math.max(baseHeight, tallest * 0.9) * size * factor;
    },
  };
  loadedFrom = fontsDir;
  return fonts;
}
