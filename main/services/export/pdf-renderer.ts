import pdfmake from 'pdfmake';
import type { Block, CoverPage, DocumentModel, Inline, Line, TableCell } from '../../../shared/document';
import { badgeColours, PALETTE, TYPE_SCALE } from '../../../shared/document/theme';
import { loadFonts, type Fonts } from './pdf-fonts';
import {
  bidiLines,
  faceRuns,
  hasRtl,
  inlineNode,
  measureText,
  type Piece,
  type PdfNode,
  type RunStyle,
} from './pdf-text';
import { allCaps } from '../../../shared/i18n/case';
import { PRODUCT_NAME } from '../../../shared/product';

/**
 * The document tree → a PDF laid out in ONE pdfmake pass. pdfmake's `pageBreakBefore` hook lays
 * the whole document out again for every break it asks for, so pagination is decided up front:
 * - a heading and the start of what follows it form an unbreakable group, with room reserved for
 *   the first lines or the first table row (measured with the same fonts), so no page ends with
 *   a heading; the content then moves back up into the reserved room;
 * - a table's header stays with its first row (`keepWithHeaderRows`), rows are kept whole
 *   (`dontBreakRows`), and a row taller than a dozen lines is cut into continuation rows drawn
 *   as one, so it runs over pages instead of being dropped (pdfmake drops what an unbreakable
 *   block cannot fit on one page).
 */

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { side: 56, top: 70, bottom: 60 };
const CONTENT_WIDTH = A4.width - 2 * MARGIN.side;
const CONTENT_HEIGHT = A4.height - MARGIN.top - MARGIN.bottom;
const LINE_HEIGHT = 1.25;
const CELL_PADDING = { x: 5, y: 4, compactY: 3 };
/** Rows with more lines than this are cut into continuation rows (at most this many lines each). */
const ROW_LINES = 12;
/** Lines of a paragraph kept with the heading above it. */
const ORPHAN_LINES = 2;

const hex = (color: string) => `#${color}`;

interface Context {
  fonts: Fonts;
  rtl: boolean;
}

// ---------------------------------------------------------------------------------------------
// Text

/** How a run of the model looks: emphasis, tones and links from the one palette. */
function pieceOf(inline: Inline, base: RunStyle = {}): Piece {
  if (typeof inline === 'string') return { text: inline, style: base };
  const style: RunStyle = { ...base };
  if (inline.bold) style.bold = true;
  if (inline.italic || inline.tone === 'muted') style.italics = true;
  if (inline.tone) style.color = hex(PALETTE.tones[inline.tone]);
  if (inline.link) {
    style.link = inline.link;
    style.color = hex(PALETTE.brand);
    style.decoration = 'underline';
  }
  return { text: inline.text, style };
}

const piecesOf = (line: Line, base: RunStyle = {}): Piece[] => line.map((inline) => pieceOf(inline, base));

/**
 * One paragraph as a pdfmake node: plain inlines that pdfmake wraps, or, when the text holds
 * right-to-left script or the document is right to left, lines broken and ordered here.
 */
function textNode(pieces: Piece[], ctx: Context, size: number, width: number, extra: PdfNode = {}): PdfNode {
  const alignment = ctx.rtl ? { alignment: 'right' } : {};
  if (!hasRtl(pieces.map((p) => p.text).join(''))) {
    return { text: faceRuns(pieces, ctx.fonts).map(inlineNode), ...alignment, ...extra };
  }
  const lines = bidiLines(pieces, ctx.fonts, size, width, ctx.rtl);
  return { stack: lines.map((inlines) => ({ text: inlines, ...alignment })), ...alignment, ...extra };
}

const lineHeight = (ctx: Context, size: number) => ctx.fonts.lineHeight(size, LINE_HEIGHT);

/** Height of a paragraph in points (an estimate from the same fonts pdfmake uses). */
function paragraphHeight(pieces: Piece[], ctx: Context, size: number, width: number, maxLines = Infinity): number {
  const lines = measureText(pieces, ctx.fonts, size, width).lines;
  return Math.min(lines, maxLines) * lineHeight(ctx, size);
}

// ---------------------------------------------------------------------------------------------
// Tables

interface CellData {
  paragraphs: Piece[][];
  fill?: string;
  align?: 'center';
}

interface TableSpec {
  widths: number[];
  header: CellData[] | null;
  rows: CellData[][];
  size: number;
  compact: boolean;
  /** Fill of the first column (key/value tables). */
  labelFill?: string;
  margin: [number, number, number, number];
}

const padY = (spec: TableSpec) => (spec.compact ? CELL_PADDING.compactY : CELL_PADDING.y);

function cellHeight(cell: CellData, width: number, ctx: Context, size: number): number {
  return cell.paragraphs.reduce((sum, p) => sum + paragraphHeight(p, ctx, size, width), 0);
}

function rowHeight(row: CellData[], spec: TableSpec, ctx: Context): number {
  return Math.max(...row.map((cell, i) => cellHeight(cell, spec.widths[i]!, ctx, spec.size)), 0) + 2 * padY(spec) + 1;
}

/**
 * A row taller than ROW_LINES lines becomes several rows of at most ROW_LINES lines per cell,
 * cut at line ends, drawn without rules between them: one row to the reader, but rows pdfmake
 * can move to the next page whole.
 */
function chunkRow(row: CellData[], spec: TableSpec, ctx: Context): CellData[][] {
  // Most rows are short: no character is wider than its size, and wrapping wastes at most half a line.
  const surelyShort = row.every((cell, i) => {
    const chars = cell.paragraphs.reduce((sum, p) => sum + p.reduce((n, piece) => n + piece.text.length, 0), 0);
    const breaks = cell.paragraphs.reduce(
      (sum, p) => sum + p.reduce((n, piece) => n + piece.text.split('\n').length, 0),
      0,
    );
    return breaks + (2 * chars * spec.size) / spec.widths[i]! <= ROW_LINES;
  });
  if (surelyShort) return [row];
  const measured = row.map((cell, i) =>
    cell.paragraphs.map((p) => ({ pieces: p, m: measureText(p, ctx.fonts, spec.size, spec.widths[i]!) })),
  );
  const tallest = Math.max(...measured.map((cell) => cell.reduce((sum, p) => sum + p.m.lines, 0)));
  if (tallest <= ROW_LINES) return [row];
  const chunksPerCell = measured.map((cell, c) => {
    const width = spec.widths[c]!;
    const chunks: Piece[][][] = [[]];
    let used = 0;
    for (const paragraph of cell) {
      let pieces = paragraph.pieces;
      let m = paragraph.m;
      while (pieces.length > 0 && used + m.lines > ROW_LINES) {
        const [head, tail] = m.splitAt(ROW_LINES - used);
        if (head.length > 0) chunks.at(-1)!.push(head);
        chunks.push([]);
        used = 0;
        pieces = tail;
        m = measureText(pieces, ctx.fonts, spec.size, width);
      }
      if (pieces.length > 0) {
        chunks.at(-1)!.push(pieces);
        used += m.lines;
      }
    }
    return chunks.filter((chunk, index) => index === 0 || chunk.length > 0);
  });
  const count = Math.max(...chunksPerCell.map((chunks) => chunks.length));
  return Array.from({ length: count }, (_, r) =>
    row.map((cell, c) => ({ ...cell, paragraphs: chunksPerCell[c]![r] ?? [] })),
  );
}

function cellNode(cell: CellData, width: number, ctx: Context, spec: TableSpec, extra: PdfNode = {}): PdfNode {
  // One paragraph is the cell's own text node (fewer nodes for pdfmake to measure); several are a stack.
  const content =
    cell.paragraphs.length === 1
      ? textNode(cell.paragraphs[0]!, ctx, spec.size, width)
      : { stack: cell.paragraphs.map((p) => textNode(p, ctx, spec.size, width)) };
  return {
    ...content,
    ...(cell.fill ? { fillColor: hex(cell.fill) } : {}),
    ...(cell.align === 'center' ? { alignment: 'center' } : {}),
    ...extra,
  };
}

/** Thin grey rules, no vertical lines; none between the parts of a row cut into continuation rows. */
function tableNode(spec: TableSpec, ctx: Context): PdfNode {
  const body: PdfNode[][] = [];
  const continued = new Set<number>();
  if (spec.header)
    body.push(
      spec.header.map((cell, i) =>
        cellNode(cell, spec.widths[i]!, ctx, spec, {
          fillColor: hex(PALETTE.headerFill),
          color: hex(PALETTE.brand),
          bold: true,
        }),
      ),
    );
  for (const row of spec.rows) {
    chunkRow(row, spec, ctx).forEach((part, index) => {
      if (index > 0) continued.add(body.length);
      body.push(
        part.map((cell, i) =>
          cellNode(
            cell,
            spec.widths[i]!,
            ctx,
            spec,
            i === 0 && spec.labelFill ? { fillColor: hex(spec.labelFill), bold: true } : {},
          ),
        ),
      );
    });
  }
  const order = (cells: PdfNode[]) => (ctx.rtl ? [...cells].reverse() : cells);
  const widths = ctx.rtl ? [...spec.widths].reverse() : spec.widths;
  const y = padY(spec);
  return {
    table: {
      ...(spec.header ? { headerRows: 1, keepWithHeaderRows: 1 } : {}),
      dontBreakRows: true,
      widths,
      body: body.map(order),
    },
    layout: {
      hLineWidth: (i: number) => (i === 0 && spec.header ? 0 : continued.has(i) ? 0 : 0.5),
      vLineWidth: () => 0,
      hLineColor: () => hex(PALETTE.line),
      paddingLeft: () => CELL_PADDING.x,
      paddingRight: () => CELL_PADDING.x,
      paddingTop: (i: number) => (continued.has(i) ? 0 : y),
      paddingBottom: (i: number) => (continued.has(i + 1) ? 0 : y),
    },
    fontSize: spec.size,
    margin: spec.margin,
  };
}

/** Column widths (content, without padding) from the model's relative widths. */
function columnWidths(relative: number[]): number[] {
  const total = relative.reduce((sum, w) => sum + w, 0);
  const available = CONTENT_WIDTH - relative.length * 2 * CELL_PADDING.x;
  return relative.map((w) => (w / total) * available);
}

function modelCell(cell: TableCell): CellData {
  return {
    paragraphs: cell.lines.map((line) => piecesOf(line)),
    ...(cell.shade ? { fill: cell.shade === 'gap' ? PALETTE.gapFill : PALETTE.linkFill } : {}),
    ...(cell.align === 'center' ? { align: 'center' as const } : {}),
  };
}

function tableSpec(block: Block): TableSpec | null {
  switch (block.type) {
    case 'table': {
      const size = block.compact ? TYPE_SCALE.compact : TYPE_SCALE.table;
      return {
        widths: columnWidths(block.columns.map((c) => c.width)),
        header: block.columns.map((c) => ({ paragraphs: [[{ text: c.title, style: { bold: true } }]] })),
        rows: block.rows.map((row) => row.map(modelCell)),
        size,
        compact: !!block.compact,
        margin: [0, 2, 0, 10],
      };
    }
    case 'keyValue':
      return {
        widths: columnWidths([3, 7]),
        header: null,
        rows: block.rows.map((row) => [
          { paragraphs: [[{ text: row.label, style: { bold: true } }]] },
          {
            paragraphs: [
              ...row.value.map((line) => piecesOf(line)),
              ...(row.note ? [[{ text: row.note, style: { italics: true, color: hex(PALETTE.muted) } }]] : []),
            ],
          },
        ]),
        size: TYPE_SCALE.table,
        compact: false,
        labelFill: PALETTE.labelFill,
        margin: [0, 2, 0, 10],
      };
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Blocks

interface Rendered {
  node: PdfNode;
  /** Room the start of this block needs right below a heading (points, incl. its top margin). */
  start: number;
  /** Its top margin, which a heading group's reserve replaces. */
  marginTop: number;
}

const BULLET_INDENT = 12;

function badgesNode(block: Extract<Block, { type: 'badges' }>, ctx: Context): Rendered {
  const size = TYPE_SCALE.badge;
  const pad = 5;
  const gap = 6;
  const rows: { text: string; color: string; width: number }[][] = [[]];
  let used = 0;
  for (const item of block.items) {
    const width = Math.min(
      CONTENT_WIDTH - 2 * pad - 4,
      faceRuns([{ text: item.text, style: { bold: true } }], ctx.fonts).reduce(
        (sum, run) => sum + ctx.fonts.width(run.text, run.face, true, size),
        0,
      ) + 1,
    );
    const outer = width + 2 * pad + 3 + gap;
    if (used + outer > CONTENT_WIDTH && rows.at(-1)!.length > 0) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push({ ...item, width });
    used += outer;
  }
  const rowNode = (row: (typeof rows)[number]) => {
    const cells = row.flatMap((item, i) => {
      const colours = badgeColours(item.color);
      return [
        ...(i > 0 ? [{ text: '', border: [false, false, false, false] }] : []),
        {
          ...textNode([{ text: item.text, style: { bold: true } }], ctx, size, item.width),
          fillColor: hex(colours.fill),
          color: hex(colours.text),
        },
      ];
    });
    const badgeColumn = (i: number) => i % 2 === 0;
    return {
      table: { widths: row.flatMap((item, i) => [...(i > 0 ? [gap] : []), item.width]), body: [cells] },
      layout: {
        hLineWidth: () => 0,
        // The goal's official colour as a bar on the badge's leading edge.
        vLineWidth: (i: number) => (i < row.length * 2 - 1 && badgeColumn(i) ? 3 : 0),
        vLineColor: (i: number) => hex(row[i / 2]?.color ?? PALETTE.line),
        paddingLeft: (i: number) => (badgeColumn(i) ? pad : 0),
        paddingRight: (i: number) => (badgeColumn(i) ? pad : 0),
        paddingTop: () => 2,
        paddingBottom: () => 2,
      },
      fontSize: size,
      margin: [0, 0, 0, 4],
    };
  };
  const rowHeightPt = lineHeight(ctx, size) + 8;
  // A right-to-left design reads its badges from the right.
  const placed = (row: (typeof rows)[number]) =>
    ctx.rtl
      ? {
          columns: [
            { width: '*', text: '' },
            { width: 'auto', ...rowNode([...row].reverse()) },
          ],
        }
      : rowNode(row);
  return { node: { stack: rows.map(placed), margin: [0, 0, 0, 6] }, start: rowHeightPt, marginTop: 0 };
}

function blockNode(block: Block, ctx: Context): Rendered {
  switch (block.type) {
    case 'heading': {
      const size = TYPE_SCALE[`h${block.level}`];
      return {
        node: {
          ...textNode(piecesOf([block.text], { bold: true }), ctx, size, CONTENT_WIDTH),
          style: `h${block.level}`,
        },
        start: lineHeight(ctx, size) + 16,
        marginTop: 0,
      };
    }
    case 'paragraph': {
      const size =
        block.style === 'lead' ? TYPE_SCALE.lead : block.style === 'small' ? TYPE_SCALE.small : TYPE_SCALE.body;
      const pieces = piecesOf(block.content);
      return {
        node: textNode(
          pieces,
          ctx,
          size,
          CONTENT_WIDTH,
          block.style ? { style: block.style } : { margin: [0, 0, 0, 6] },
        ),
        start: paragraphHeight(pieces, ctx, size, CONTENT_WIDTH, ORPHAN_LINES) + 2,
        marginTop: 0,
      };
    }
    case 'bullets': {
      const width = CONTENT_WIDTH - BULLET_INDENT;
      const items = block.items.map((item) => piecesOf(item));
      const start = items[0] ? paragraphHeight(items[0], ctx, TYPE_SCALE.body, width, ORPHAN_LINES) + 2 : 0;
      if (ctx.rtl)
        // pdfmake draws list markers on the left; a right-to-left list puts its bullet before the text, on the right.
        return {
          node: {
            stack: items.map((item) => textNode([{ text: '• ', style: {} }, ...item], ctx, TYPE_SCALE.body, width)),
            margin: [0, 0, 0, 8],
          },
          start,
          marginTop: 0,
        };
      return {
        node: { ul: items.map((item) => textNode(item, ctx, TYPE_SCALE.body, width)), margin: [0, 0, 0, 8] },
        start,
        marginTop: 0,
      };
    }
    case 'table':
    case 'keyValue': {
      const spec = tableSpec(block)!;
      const first = spec.rows[0] ? chunkRow(spec.rows[0], spec, ctx)[0]! : null;
      const start =
        spec.margin[1] +
        (spec.header ? rowHeight(spec.header, spec, ctx) : 0) +
        (first ? rowHeight(first, spec, ctx) : 0);
      return { node: tableNode(spec, ctx), start, marginTop: spec.margin[1] };
    }
    case 'note': {
      const tone = PALETTE.notes[block.tone];
      const width = CONTENT_WIDTH - 23;
      const lines = block.content.map((line) => piecesOf(line));
      const height = lines.reduce((sum, p) => sum + paragraphHeight(p, ctx, TYPE_SCALE.body, width), 0) + 14;
      return {
        node: {
          table: {
            widths: [width],
            dontBreakRows: height < CONTENT_HEIGHT / 2,
            body: [[{ stack: lines.map((p) => textNode(p, ctx, TYPE_SCALE.body, width)), fillColor: hex(tone.fill) }]],
          },
          layout: {
            hLineWidth: () => 0,
            vLineWidth: (i: number) => ((ctx.rtl ? i === 1 : i === 0) ? 3 : 0),
            vLineColor: () => hex(tone.border),
            paddingLeft: () => 10,
            paddingRight: () => 10,
            paddingTop: () => 7,
            paddingBottom: () => 7,
          },
          margin: [0, 4, 0, 10],
        },
        start: Math.min(height, 3 * lineHeight(ctx, TYPE_SCALE.body) + 14) + 4,
        marginTop: 4,
      };
    }
    case 'badges':
      return badgesNode(block, ctx);
    case 'signOff': {
      const widths = [0.3, 0.25, 0.25, 0.2].map((share) => share * CONTENT_WIDTH - 10);
      const labels = ['', block.labels.name, block.labels.signature, block.labels.date];
      const body = [
        labels.map((label) => ({ text: label, style: 'small', bold: true })),
        ...block.roles.map((role) => [
          { ...textNode(piecesOf([role], { bold: true }), ctx, TYPE_SCALE.body, widths[0]!), margin: [0, 18, 0, 18] },
          '',
          '',
          '',
        ]),
      ];
      return {
        node: {
          table: {
            headerRows: 1,
            keepWithHeaderRows: 1,
            dontBreakRows: true,
            widths: ctx.rtl ? [...widths].reverse() : widths,
            body: ctx.rtl ? body.map((r) => [...r].reverse()) : body,
          },
          layout: {
            hLineWidth: (i: number) => (i === 0 ? 0 : 0.75),
            vLineWidth: () => 0,
            hLineColor: () => hex(PALETTE.muted),
            paddingLeft: () => CELL_PADDING.x,
            paddingRight: () => CELL_PADDING.x,
          },
          margin: [0, 8, 0, 0],
        },
        start: 8 + 20 + 60,
        marginTop: 8,
      };
    }
    case 'pageBreak':
      return { node: { text: '', pageBreak: 'after' }, start: 0, marginTop: 0 };
  }
}

/**
 * pdfmake takes bookmarks, destinations and contents entries from text nodes only: a heading set
 * as lines (right-to-left text) carries them on its first line.
 */
function onFirstLine(node: PdfNode, props: PdfNode): PdfNode {
  const stack = node.stack as PdfNode[] | undefined;
  if (!stack) return { ...node, ...props };
  const [first, ...rest] = stack;
  return { ...node, stack: [{ ...first, ...props, text: first!.text }, ...rest] };
}

/** A fully transparent box: room reserved below a heading, which the next block moves back into. */
const reserve = (height: number): PdfNode => ({
  canvas: [{ type: 'rect', x: 0, y: 0, w: 1, h: height, lineWidth: 0, color: '#ffffff', fillOpacity: 0 }],
});

/**
 * The body: headings get bookmarks (outline nested by level) and keep with what follows, in the
 * one layout pass (see the top of this file).
 */
function bodyNodes(blocks: Block[], ctx: Context): PdfNode[] {
  const nodes: PdfNode[] = [];
  const parents: string[] = [];
  let headingCount = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== 'heading') {
      nodes.push(blockNode(block, ctx).node);
      continue;
    }
    const group: PdfNode[] = [];
    while (i < blocks.length && blocks[i]!.type === 'heading') {
      const heading = blocks[i] as Extract<Block, { type: 'heading' }>;
      const id = `heading-${++headingCount}`;
      parents.length = heading.level - 1;
      const parent = parents.findLast((p) => p !== undefined);
      parents[heading.level - 1] = id;
      group.push(
        onFirstLine(blockNode(heading, ctx).node, {
          id,
          outline: true,
          outlineText: heading.text,
          ...(parent ? { outlineParentId: parent } : {}),
          ...(heading.level <= 2 ? { tocItem: true, tocMargin: [heading.level === 2 ? 14 : 0, 2, 0, 2] } : {}),
          ...(heading.level === 1 ? { tocStyle: { bold: true } } : {}),
        }),
      );
      i++;
    }
    const next = blocks[i];
    if (!next || next.type === 'pageBreak') {
      nodes.push(...group);
      i--;
      continue;
    }
    const rendered = blockNode(next, ctx);
    const room = Math.min(rendered.start, CONTENT_HEIGHT * 0.45);
    nodes.push({ unbreakable: true, stack: [...group, reserve(room)] });
    const margin = (rendered.node.margin as number[] | undefined) ?? [0, 0, 0, 0];
    nodes.push({ ...rendered.node, margin: [margin[0], (margin[1] ?? 0) - room, margin[2], margin[3]] });
  }
  return nodes;
}

function coverNodes(cover: CoverPage, ctx: Context, language: string): PdfNode[] {
  const text = (value: string, size: number, style: RunStyle = {}) =>
    textNode([{ text: value, style }], ctx, size, CONTENT_WIDTH);
  return [
    {
      ...text(allCaps(cover.eyebrow, language), TYPE_SCALE.eyebrow, { bold: true }),
      color: hex(PALETTE.brand),
      fontSize: TYPE_SCALE.eyebrow,
      characterSpacing: 1,
      margin: [0, 150, 0, 10],
    },
    {
      ...text(cover.title, TYPE_SCALE.title, { bold: true }),
      fontSize: TYPE_SCALE.title,
      color: hex(PALETTE.brand),
      lineHeight: 1.1,
    },
    {
      ...text(cover.subtitle, TYPE_SCALE.subtitle),
      fontSize: TYPE_SCALE.subtitle,
      color: hex(PALETTE.muted),
      margin: [0, 10, 0, 18],
    },
    { canvas: [{ type: 'rect', x: 0, y: 0, w: 64, h: 4, color: hex(cover.accent) }], margin: [0, 0, 0, 24] },
    {
      table: {
        widths: ctx.rtl ? [CONTENT_WIDTH - 130, 110] : [110, CONTENT_WIDTH - 130],
        body: cover.facts.map((fact) => {
          const row = [
            { ...text(fact.label, TYPE_SCALE.coverFacts), color: hex(PALETTE.muted) },
            { ...text(fact.value, TYPE_SCALE.coverFacts, { bold: true }) },
          ];
          return ctx.rtl ? row.reverse() : row;
        }),
      },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: () => 0,
        paddingLeft: () => 5,
        paddingRight: () => 5,
        paddingTop: () => 4,
        paddingBottom: () => 4,
      },
      fontSize: TYPE_SCALE.coverFacts,
    },
  ];
}

/** The document tree → a PDF with embedded fonts, bookmarks, running header and "Page X of Y". */
export async function renderPdf(doc: DocumentModel, options: { fontsDir: string }): Promise<Uint8Array> {
  const ctx: Context = { fonts: loadFonts(options.fontsDir), rtl: doc.direction === 'rtl' };
  const hasCover = doc.cover !== undefined;
  const content: PdfNode[] = [];
  if (doc.cover) content.push(...coverNodes(doc.cover, ctx, doc.language), { text: '', pageBreak: 'after' });
  if (doc.tableOfContents)
    content.push(
      { toc: { title: { text: doc.labels.contents, style: 'h1' }, numberStyle: { color: hex(PALETTE.muted) } } },
      { text: '', pageBreak: 'after' },
    );
  content.push(...bodyNodes(doc.blocks, ctx));
  const running = (value: string) => textNode([{ text: value, style: {} }], ctx, TYPE_SCALE.running, CONTENT_WIDTH);

  const definition = {
    pageSize: 'A4',
    pageMargins: [MARGIN.side, MARGIN.top, MARGIN.side, MARGIN.bottom],
    info: {
      title: doc.properties.title,
      author: doc.properties.author,
      subject: doc.properties.subject,
      keywords: doc.properties.keywords.join(', '),
      creator: PRODUCT_NAME,
      producer: PRODUCT_NAME,
    },
    language: doc.language,
    displayTitle: true,
    version: '1.7',
    content,
    defaultStyle: { font: 'Noto', fontSize: TYPE_SCALE.body, lineHeight: LINE_HEIGHT, color: hex(PALETTE.ink) },
    styles: {
      h1: { fontSize: TYPE_SCALE.h1, bold: true, color: hex(PALETTE.brand), margin: [0, 0, 0, 10] },
      h2: { fontSize: TYPE_SCALE.h2, bold: true, color: hex(PALETTE.brand), margin: [0, 14, 0, 6] },
      h3: { fontSize: TYPE_SCALE.h3, bold: true, color: hex(PALETTE.ink), margin: [0, 10, 0, 4] },
      h4: { fontSize: TYPE_SCALE.h4, bold: true, color: hex(PALETTE.lead), margin: [0, 6, 0, 3] },
      lead: { fontSize: TYPE_SCALE.lead, color: hex(PALETTE.lead), margin: [0, 0, 0, 8] },
      small: { fontSize: TYPE_SCALE.small, color: hex(PALETTE.muted), margin: [0, 0, 0, 6] },
    },
    background: (page: number) =>
      hasCover && page === 1
        ? { canvas: [{ type: 'rect', x: 0, y: 0, w: A4.width, h: 18, color: hex(doc.cover!.accent) }] }
        : null,
    header: (page: number) =>
      hasCover && page === 1
        ? null
        : {
            stack: [
              { ...running(doc.header), fontSize: TYPE_SCALE.running, color: hex(PALETTE.muted) },
              {
                canvas: [
                  {
                    type: 'line',
                    x1: 0,
                    y1: 4,
                    x2: CONTENT_WIDTH,
                    y2: 4,
                    lineWidth: 0.5,
                    lineColor: hex(PALETTE.line),
                  },
                ],
              },
            ],
            margin: [MARGIN.side, 32, MARGIN.side, 0],
          },
    footer: (page: number, pages: number) =>
      hasCover && page === 1
        ? null
        : {
            text: `${doc.labels.page} ${page} ${doc.labels.of} ${pages}`,
            alignment: ctx.rtl ? 'left' : 'right',
            fontSize: TYPE_SCALE.running,
            color: hex(PALETTE.muted),
            margin: [MARGIN.side, 24, MARGIN.side, 0],
          },
  };
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
