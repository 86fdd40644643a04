import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import pdfmake from 'pdfmake';
import {
  BRAND_COLOR,
  type Block,
  type CoverPage,
  type DocumentModel,
  type Inline,
  type Line,
  type TableCell,
} from '../../../shared/document';
import { NOTE_TONES, safeText, tint } from './style';

/** pdfmake content nodes are plain objects; typed loosely on purpose (the library has no types). */
type Node = Record<string, unknown> | string;

const A4_WIDTH = 595.28;
const MARGIN = { side: 56, top: 70, bottom: 60 };
const CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN.side;
const INK = '#1d2939';
const MUTED = '#5b6474';
const LINE = '#d0d5dd';
/** The Unicode replacement character: Noto Sans has it, and readers know it means "cannot show". */
const MISSING_GLYPH = '\ufffd';

const FACES = {
  Noto: 'NotoSans',
  NotoHebrew: 'NotoSansHebrew',
  NotoArabic: 'NotoSansArabic',
} as const;
type Face = keyof typeof FACES;

interface Fonts {
  /** Which face draws a code point (the first that has it), or null when none does. */
  faceFor(codePoint: number): Face | null;
}

let loadedFrom: string | null = null;
let fonts: Fonts | null = null;

/**
 * Registers the fonts from templates/documents/fonts in pdfmake's in-memory file system, once.
 * pdfmake is told to fetch nothing: no URLs, no local paths (a design cannot smuggle in an image).
 */
function loadFonts(fontsDir: string): Fonts {
  if (fonts && loadedFrom === fontsDir) return fonts;
  const checkers: [Face, fontkit.Font][] = [];
  const families: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }> = {};
  for (const [face, stem] of Object.entries(FACES) as [Face, string][]) {
    const styles = face === 'Noto' ? ['Regular', 'Bold', 'Italic', 'BoldItalic'] : ['Regular', 'Bold'];
    for (const style of styles) {
      const file = `${stem}-${style}.ttf`;
      const bytes = readFileSync(join(fontsDir, file));
      pdfmake.virtualfs.writeFileSync(file, bytes);
      if (style === 'Regular') checkers.push([face, fontkit.create(bytes)]);
    }
    const [regular, bold] = [`${stem}-Regular.ttf`, `${stem}-Bold.ttf`];
    // The Hebrew and Arabic faces have no italics; upright is the honest fallback.
    families[face] =
      face === 'Noto'
        ? { normal: regular, bold, italics: `${stem}-Italic.ttf`, bolditalics: `${stem}-BoldItalic.ttf` }
        : { normal: regular, bold, italics: regular, bolditalics: bold };
  }
  pdfmake.setFonts(families);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  const cache = new Map<number, Face | null>();
  fonts = {
    faceFor(codePoint) {
      let face = cache.get(codePoint);
      if (face === undefined) {
        face = checkers.find(([, font]) => font.hasGlyphForCodePoint(codePoint))?.[0] ?? null;
        cache.set(codePoint, face);
      }
      return face;
    },
  };
  loadedFrom = fontsDir;
  return fonts;
}

/** Joiners and variation selectors shape emoji sequences; without an emoji font they only add noise. */
const INVISIBLE_FORMATTING = /^(?:\u200d|\ufe0e|\ufe0f)$/;

/**
 * pdfkit draws each run in one font and has no fallback, so text is split into runs per face:
 * Hebrew and Arabic get their own faces; a character no embedded face has (emoji) prints as �
 * rather than as an invisible or wrong glyph. fontkit shapes Arabic; right-to-left word order is set here.
 */
function scriptRuns(text: string, style: Record<string, unknown>, available: Fonts): Node[] {
  const runs: { face: Face; text: string }[] = [];
  for (const char of safeText(text)) {
    if (INVISIBLE_FORMATTING.test(char)) continue;
    const face = available.faceFor(char.codePointAt(0)!);
    const shown = face ? char : MISSING_GLYPH;
    // Spaces and punctuation stay with the run they are in, so words keep their order.
    const runFace = face ?? 'Noto';
    const last = runs.at(-1);
    if (last && (last.face === runFace || (/[\s.,:;!?()-]/.test(char) && last.face !== 'Noto'))) last.text += shown;
    else runs.push({ face: runFace, text: shown });
  }
  return runs.map((run) =>
    run.face === 'Noto'
      ? { text: run.text, ...style }
      : // fontkit orders the letters of each word right to left; the words' order is ours to flip.
        // One unbreakable unit, so the line breaker cannot undo it.
        {
          text: run.text.trim().split(/\s+/).reverse().join('\u00a0') + (/\s$/.test(run.text) ? ' ' : ''),
          font: run.face,
          ...style,
        },
  );
}

function inlineNodes(line: Line, available: Fonts, base: Record<string, unknown> = {}): Node[] {
  return line.flatMap((inline: Inline) => {
    if (typeof inline === 'string') return scriptRuns(inline, base, available);
    const style: Record<string, unknown> = { ...base };
    if (inline.bold) style.bold = true;
    if (inline.italic) style.italics = true;
    if (inline.color) style.color = `#${inline.color}`;
    return scriptRuns(inline.text, style, available);
  });
}

const paragraph = (line: Line, available: Fonts, extra: Record<string, unknown> = {}): Node => ({
  text: inlineNodes(line, available),
  ...extra,
});

/** Thin grey rules, no vertical lines: tables read as lists with structure, not as a grid of boxes. */
const quietTable = (compact: boolean) => ({
  hLineWidth: (i: number) => (i === 0 ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => LINE,
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => (compact ? 3 : 4),
  paddingBottom: () => (compact ? 3 : 4),
});

function cellNode(cell: TableCell, available: Fonts): Node {
  return {
    stack: cell.lines.map((line) => paragraph(line, available)),
    ...(cell.fill ? { fillColor: `#${cell.fill}` } : {}),
    ...(cell.align === 'center' ? { alignment: 'center' } : {}),
  };
}

function tableNode(block: Extract<Block, { type: 'table' }>, available: Fonts): Node {
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: block.columns.map((column) => (column.width / total) * (CONTENT_WIDTH - block.columns.length * 10)),
      body: [
        block.columns.map((column) => ({
          text: inlineNodes([column.title], available),
          bold: true,
          color: `#${BRAND_COLOR}`,
          fillColor: `#${tint(BRAND_COLOR, 0.88)}`,
        })),
        ...block.rows.map((row) => row.map((cell) => cellNode(cell, available))),
      ],
    },
    layout: quietTable(block.compact ?? false),
    fontSize: block.compact ? 8 : 9,
    margin: [0, 2, 0, 10],
  };
}

function blockNode(block: Block, available: Fonts): Node {
  switch (block.type) {
    case 'heading':
      return {
        text: inlineNodes([block.text], available),
        style: `h${block.level}`,
        headlineLevel: block.level,
        ...(block.level <= 2 ? { tocItem: true, tocMargin: [block.level === 2 ? 14 : 0, 2, 0, 2] } : {}),
        ...(block.level === 1 ? { tocStyle: { bold: true } } : {}),
      };
    case 'paragraph':
      return paragraph(block.content, available, block.style ? { style: block.style } : { margin: [0, 0, 0, 6] });
    case 'bullets':
      return { ul: block.items.map((item) => paragraph(item, available)), margin: [0, 0, 0, 8] };
    case 'table':
      return tableNode(block, available);
    case 'keyValue':
      return {
        table: {
          widths: [CONTENT_WIDTH * 0.3 - 10, CONTENT_WIDTH * 0.7 - 10],
          body: block.rows.map((row) => [
            { text: inlineNodes([row.label], available), bold: true, fillColor: '#f2f4f7' },
            {
              stack: [
                ...row.value.map((line) => paragraph(line, available)),
                ...(row.note ? [paragraph([row.note], available, { style: 'small', italics: true })] : []),
              ],
            },
          ]),
        },
        layout: { ...quietTable(false), hLineWidth: () => 0.5 },
        margin: [0, 2, 0, 10],
      };
    case 'note': {
      const tone = NOTE_TONES[block.tone];
      return {
        table: {
          widths: [CONTENT_WIDTH - 14],
          body: [[{ stack: block.content.map((line) => paragraph(line, available)), fillColor: `#${tone.fill}` }]],
        },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: (i: number) => (i === 0 ? 3 : 0),
          vLineColor: () => `#${tone.border}`,
          paddingLeft: () => 10,
          paddingRight: () => 10,
          paddingTop: () => 7,
          paddingBottom: () => 7,
        },
        margin: [0, 4, 0, 10],
      };
    }
    case 'badges':
      return {
        text: block.items.flatMap((item, i) => [
          ...(i > 0 ? ['  '] : []),
          ...inlineNodes([` ${item.text} `], available, { background: `#${item.color}`, color: '#ffffff', bold: true }),
        ]),
        fontSize: 8.5,
        lineHeight: 1.5,
        margin: [0, 0, 0, 8],
      };
    case 'signOff':
      return {
        table: {
          widths: [CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.25, CONTENT_WIDTH * 0.25, CONTENT_WIDTH * 0.2 - 40],
          body: [
            ['', block.labels.name, block.labels.signature, block.labels.date].map((label) => ({
              text: label,
              style: 'small',
              bold: true,
            })),
            ...block.roles.map((role) => [
              { text: inlineNodes([role], available), bold: true, margin: [0, 18, 0, 18] },
              '',
              '',
              '',
            ]),
          ],
        },
        layout: { ...quietTable(false), hLineWidth: (i: number) => (i === 0 ? 0 : 0.75), hLineColor: () => MUTED },
        margin: [0, 8, 0, 0],
      };
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
  }
}

function coverNodes(cover: CoverPage, available: Fonts): Node[] {
  return [
    {
      text: inlineNodes([cover.eyebrow.toUpperCase()], available),
      color: `#${cover.accent}`,
      bold: true,
      fontSize: 10,
      characterSpacing: 1,
      margin: [0, 150, 0, 10],
    },
    {
      text: inlineNodes([cover.title], available),
      fontSize: 26,
      bold: true,
      color: `#${BRAND_COLOR}`,
      lineHeight: 1.1,
    },
    { text: inlineNodes([cover.subtitle], available), fontSize: 12.5, color: MUTED, margin: [0, 10, 0, 18] },
    { canvas: [{ type: 'rect', x: 0, y: 0, w: 64, h: 4, color: `#${cover.accent}` }], margin: [0, 0, 0, 24] },
    {
      table: {
        widths: [110, CONTENT_WIDTH - 130],
        body: cover.facts.map((fact) => [
          { text: inlineNodes([fact.label], available), color: MUTED },
          { text: inlineNodes([fact.value], available), bold: true },
        ]),
      },
      layout: { ...quietTable(false), hLineWidth: () => 0 },
      fontSize: 10.5,
    },
  ];
}

/** The document tree → a PDF with embedded fonts, running header and "Page X of Y". */
export async function renderPdf(doc: DocumentModel, options: { fontsDir: string }): Promise<Uint8Array> {
  const available = loadFonts(options.fontsDir);
  const hasCover = doc.cover !== undefined;
  const content: Node[] = [];
  if (doc.cover) content.push(...coverNodes(doc.cover, available), { text: '', pageBreak: 'after' });
  if (doc.tableOfContents)
    content.push(
      { toc: { title: { text: doc.labels.contents, style: 'h1' }, numberStyle: { color: MUTED } } },
      { text: '', pageBreak: 'after' },
    );
  content.push(...doc.blocks.map((block) => blockNode(block, available)));

  const definition = {
    pageSize: 'A4',
    pageMargins: [MARGIN.side, MARGIN.top, MARGIN.side, MARGIN.bottom],
    info: {
      title: doc.properties.title,
      author: doc.properties.author,
      subject: doc.properties.subject,
      keywords: doc.properties.keywords.join(', '),
      creator: 'Challenge Designer',
      producer: 'Challenge Designer',
    },
    language: doc.language,
    content,
    defaultStyle: { font: 'Noto', fontSize: 9.5, lineHeight: 1.25, color: INK },
    styles: {
      h1: { fontSize: 17, bold: true, color: `#${BRAND_COLOR}`, margin: [0, 0, 0, 10] },
      h2: { fontSize: 12.5, bold: true, color: `#${BRAND_COLOR}`, margin: [0, 14, 0, 6] },
      h3: { fontSize: 10.5, bold: true, color: INK, margin: [0, 10, 0, 4] },
      lead: { fontSize: 10.5, color: '#475467', margin: [0, 0, 0, 8] },
      small: { fontSize: 8, color: MUTED, margin: [0, 0, 0, 6] },
    },
    background: (page: number) =>
      hasCover && page === 1
        ? { canvas: [{ type: 'rect', x: 0, y: 0, w: A4_WIDTH, h: 18, color: `#${doc.cover!.accent}` }] }
        : null,
    header: (page: number) =>
      hasCover && page === 1
        ? null
        : {
            stack: [
              { text: inlineNodes([doc.header], available), fontSize: 7.5, color: MUTED },
              { canvas: [{ type: 'line', x1: 0, y1: 4, x2: CONTENT_WIDTH, y2: 4, lineWidth: 0.5, lineColor: LINE }] },
            ],
            margin: [MARGIN.side, 32, MARGIN.side, 0],
          },
    footer: (page: number, pages: number) =>
      hasCover && page === 1
        ? null
        : {
            text: `${doc.labels.page} ${page} ${doc.labels.of} ${pages}`,
            alignment: 'right',
            fontSize: 7.5,
            color: MUTED,
            margin: [MARGIN.side, 24, MARGIN.side, 0],
          },
    // Keep a heading with what follows it: move it to the next page when it would sit at the bottom.
    pageBreakBefore: (node: { headlineLevel?: number; startPosition: { verticalRatio: number } }) =>
      node.headlineLevel !== undefined && node.startPosition.verticalRatio > 0.86,
  };
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
