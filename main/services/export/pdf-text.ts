import bidiFactory from 'bidi-js';
import { RTL_FACES, type Face, type Fonts } from './pdf-fonts';
import { safeText } from './style';

/**
 * Text for pdfmake: runs split by the face that draws each character, lines measured and broken
 * where the renderer needs to know them, and right-to-left text ordered with the Unicode
 * bidirectional algorithm (bidi-js), which pdfmake does not do.
 */

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  link?: string;
  decoration?: 'underline';
}
/** A piece of logical-order text in one style. */
export interface Piece {
  text: string;
  style: RunStyle;
}
export type PdfNode = Record<string, unknown>;

const bidi = bidiFactory();
/** Hebrew, Arabic and their presentation forms: text that needs the bidirectional algorithm. */
const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
/** Characters fontkit shapes as Hebrew or Arabic script, whose glyphs it lays out right to left. */
const RTL_SCRIPT = /[\p{Script=Hebrew}\p{Script=Arabic}]/u;
/** Marks that join the character before them: they must stay in its face (emoji sequences, accents). */
const JOINER = /^(?:\p{M}|\u200d|[\ufe00-\ufe0f]|[\u{1f3fb}-\u{1f3ff}]|[\u{e0020}-\u{e007f}])$/u;
/** Invisible when no face draws them. */
const FORMAT = /^(?:\u200d|[\ufe00-\ufe0f]|[\u200b-\u200f])$/;
/** The Unicode replacement character: Noto Sans has it, and readers know it means "cannot show". */
const MISSING_GLYPH = '\ufffd';

export const hasRtl = (text: string) => RTL_CHAR.test(text);

interface Run {
  text: string;
  face: Face;
  style: RunStyle;
}

/** Logical-order runs, each in one face and one style; characters no face has become "�". */
export function faceRuns(pieces: Piece[], fonts: Fonts): Run[] {
  const runs: Run[] = [];
  for (const piece of pieces) {
    let previous: Run | null = null;
    for (const char of safeText(piece.text)) {
      const codePoint = char.codePointAt(0)!;
      if (previous && JOINER.test(char)) {
        // Emoji sequences and accents stay in the face of the character they join.
        if (fonts.has(previous.face, codePoint)) {
          previous.text += char;
          continue;
        }
        if (FORMAT.test(char)) continue;
      }
      const face = fonts.faceFor(codePoint);
      if (face === null && FORMAT.test(char)) continue;
      const shown = face ? char : MISSING_GLYPH;
      const runFace: Face = face ?? 'Noto';
      if (previous && previous.face === runFace) previous.text += shown;
      else {
        previous = { text: shown, face: runFace, style: piece.style };
        runs.push(previous);
      }
    }
  }
  return runs;
}

export function inlineNode(run: Run): PdfNode {
  const { bold, italics, color, link, decoration } = run.style;
  return {
    text: run.text,
    ...(run.face !== 'Noto' ? { font: run.face } : {}),
    ...(bold ? { bold } : {}),
    ...(italics ? { italics } : {}),
    ...(color ? { color } : {}),
    ...(link ? { link } : {}),
    ...(decoration ? { decoration } : {}),
  };
}

// -------------------------------------------------------------------------------------------
// Measuring and breaking lines, as pdfmake breaks them: at spaces, greedily.

/** One character of a paragraph with what it needs to be measured and drawn. */
interface Glyph {
  char: string;
  face: Face;
  style: RunStyle;
}

function glyphs(pieces: Piece[], fonts: Fonts): Glyph[] {
  return faceRuns(pieces, fonts).flatMap((run) =>
    [...run.text].map((char) => ({ char, face: run.face, style: run.style })),
  );
}

function measure(list: Glyph[], from: number, to: number, fonts: Fonts, size: number): number {
  let width = 0;
  if (!list.slice(from, to).some((g) => RTL_FACES.has(g.face))) {
    // Latin, Greek, symbols: the sum of the characters' advances (kerning only ever narrows a line).
    for (let i = from; i < to; i++) width += fonts.charWidth(list[i]!.char, list[i]!.face, !!list[i]!.style.bold, size);
    return width;
  }
  // Hebrew and Arabic: shaped as a whole (Arabic letters change form and width with their neighbours).
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    const a = list[start]!;
    const b = list[i];
    if (i === to || b!.face !== a.face || !!b!.style.bold !== !!a.style.bold) {
      width += fonts.width(
        list
          .slice(start, i)
          .map((g) => g.char)
          .join(''),
        a.face,
        !!a.style.bold,
        size,
      );
      start = i;
    }
  }
  return width;
}

/** Indices where each line starts (logical order), breaking after spaces and at forced newlines. */
function breakLines(list: Glyph[], fonts: Fonts, size: number, maxWidth: number): number[] {
  const starts = [0];
  let lineStart = 0;
  let lineWidth = 0;
  let i = 0;
  while (i < list.length) {
    if (list[i]!.char === '\n') {
      starts.push(i + 1);
      lineStart = i + 1;
      lineWidth = 0;
      i++;
      continue;
    }
    // The next word: up to and including the spaces after it.
    let end = i;
    while (end < list.length && list[end]!.char !== ' ' && list[end]!.char !== '\n') end++;
    const wordEnd = end;
    while (end < list.length && list[end]!.char === ' ') end++;
    const word = measure(list, i, wordEnd, fonts, size);
    const spaces = end > wordEnd ? measure(list, wordEnd, end, fonts, size) : 0;
    if (lineWidth + word > maxWidth && i > lineStart) {
      starts.push(i);
      lineStart = i;
      lineWidth = 0;
    }
    if (word > maxWidth) {
      // A word longer than the line: broken between characters, as pdfmake does.
      let width = 0;
      for (let c = i; c < wordEnd; c++) {
        const w = measure(list, c, c + 1, fonts, size);
        if (width + w > maxWidth && c > lineStart) {
          starts.push(c);
          lineStart = c;
          width = 0;
        }
        width += w;
      }
      lineWidth = width + spaces;
    } else lineWidth += word + spaces;
    i = end;
  }
  return starts;
}

export interface Measured {
  /** How many lines the text takes at this width. */
  lines: number;
  /** The text split so that the first part holds `at` lines (for rows too tall for one page). */
  splitAt(at: number): [Piece[], Piece[]];
}

/** Measures a paragraph at a width and size. */
export function measureText(pieces: Piece[], fonts: Fonts, size: number, maxWidth: number): Measured {
  const list = glyphs(pieces, fonts);
  const starts = list.length === 0 ? [0] : breakLines(list, fonts, size, maxWidth);
  return {
    lines: starts.length,
    splitAt(at) {
      if (at >= starts.length) return [pieces, []];
      const cut = starts[at]!;
      return [toPieces(list.slice(0, cut)), toPieces(list.slice(cut))];
    },
  };
}

function toPieces(list: Glyph[]): Piece[] {
  const pieces: Piece[] = [];
  for (const g of list) {
    const last = pieces.at(-1);
    if (last && last.style === g.style) last.text += g.char;
    else pieces.push({ text: g.char, style: g.style });
  }
  // A forced line break at the cut is the line's end, not an empty first line.
  if (pieces[0]) pieces[0].text = pieces[0].text.replace(/^\n/, '');
  if (pieces.at(-1)) pieces.at(-1)!.text = pieces.at(-1)!.text.replace(/\s+$/, '');
  return pieces.filter((p) => p.text.length > 0);
}

// -------------------------------------------------------------------------------------------
// Right-to-left

/**
 * Lines of a paragraph with right-to-left text, each as pdfmake inlines in visual order. The
 * lines are broken here (pdfmake would break them after reordering, which is wrong), then each
 * line is reordered with the Unicode bidirectional algorithm. Runs in a Hebrew or Arabic face
 * stay in logical order inside, because fontkit shapes them (Arabic joining needs the logical
 * order) and lays their glyphs out right to left itself.
 */
export function bidiLines(pieces: Piece[], fonts: Fonts, size: number, maxWidth: number, rtl: boolean): PdfNode[][] {
  const list = glyphs(pieces, fonts);
  if (list.length === 0) return [];
  const text = list.map((g) => g.char).join('');
  // bidi-js counts UTF-16 code units; the glyph list counts code points.
  const unitIndex: number[] = [];
  let unit = 0;
  for (const g of list) {
    unitIndex.push(unit);
    unit += g.char.length;
  }
  const levels = bidi.getEmbeddingLevels(text, rtl ? 'rtl' : 'ltr');
  const starts = breakLines(list, fonts, size, maxWidth * 0.98);
  const lines: PdfNode[][] = [];
  starts.forEach((start, n) => {
    let end = n + 1 < starts.length ? starts[n + 1]! : list.length;
    while (end > start && /\s/.test(list[end - 1]!.char)) end--;
    let from = start;
    while (from < end && list[from]!.char === '\n') from++;
    if (from >= end) return lines.push([{ text: ' ' }]);
    // Visual order of the line's characters (bidi-js works in UTF-16 code units; a glyph may be two).
    const glyphOfUnit = (u: number) => {
      let lo = from;
      let hi = end - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (unitIndex[mid]! <= u) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const lastUnit = unitIndex[end - 1]! + list[end - 1]!.char.length - 1;
    const order: number[] = [];
    for (const u of bidi
      .getReorderedIndices(text, levels, unitIndex[from]!, lastUnit)
      .slice(unitIndex[from]!, lastUnit + 1)) {
      const index = glyphOfUnit(u);
      if (order.at(-1) !== index) order.push(index);
    }
    const mirrored = bidi.getMirroredCharactersMap(text, levels.levels, unitIndex[from]!, lastUnit);
    // Group visually adjacent characters of one face, style and direction into runs.
    const runs: { glyphs: Glyph[]; odd: boolean; face: Face; style: RunStyle }[] = [];
    for (const index of order) {
      const g = list[index]!;
      const odd = (levels.levels[unitIndex[index]!]! & 1) === 1;
      const char = mirrored.get(unitIndex[index]!) ?? g.char;
      const last = runs.at(-1);
      if (last && last.face === g.face && last.style === g.style && last.odd === odd) last.glyphs.push({ ...g, char });
      else runs.push({ glyphs: [{ ...g, char }], odd, face: g.face, style: g.style });
    }
    lines.push(
      runs.map((run) => {
        const visual = run.glyphs.map((g) => g.char);
        // fontkit reverses runs of Hebrew or Arabic script: hand it those in logical order.
        const reversedByFontkit = RTL_FACES.has(run.face) && RTL_SCRIPT.test(visual.join(''));
        const chars = reversedByFontkit ? [...visual].reverse() : visual;
        // pdfmake would split a run at its spaces and lay the pieces out left to right again.
        const text = chars.join('').replace(/ /g, reversedByFontkit ? '\u00a0' : ' ');
        return inlineNode({ text, face: run.face, style: run.style });
      }),
    );
  });
  return lines;
}
