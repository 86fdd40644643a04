import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lineText, type Block, type DocumentModel, type Line } from '../../shared/document/model';
import { docxParts } from './exported';

/**
 * The conformance harness: what an approval board and a quality office need from every exported
 * document, checked against the document model it was rendered from. Each check returns the
 * problems it finds (empty when the document conforms), so a failing test lists all of them.
 */

// ---------------------------------------------------------------------------------------------
// Text normalisation shared by both formats

/** Bidi controls, joiners and variation selectors carry no text a reader sees. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u00ad]|\ufe0e|\ufe0f/gu;
const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const isRtl = (token: string) => RTL_CHAR.test(token);
/** Set in visual order with right-to-left words: compared as a set of words (see findBag). */
let bidiText = RTL_CHAR;

/** In a right-to-left document every paragraph is set right to left, Latin ones too. */
export function setDocumentDirection(direction: 'ltr' | 'rtl'): void {
  bidiText = direction === 'rtl' ? /./ : RTL_CHAR;
}

/**
 * Words as a reader compares them: case-folded, compatibility forms unified, split after hyphens
 * (lines break there). A right-to-left word is compared by its letters, not their order: text
 * extraction reverses ligatures such as lam-alef differently from tool to tool (the order of
 * the words is checked on their positions instead).
 */
export function tokens(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      .toLowerCase()
      // Where right-to-left and left-to-right letters meet inside a word ("وSapienza"), lines are set as two runs.
      .replace(
        /([\u0590-\u08ff])(?=[\p{L}\p{N}])(?![\u0590-\u08ff])|([\p{L}\p{N}])(?<![\u0590-\u08ff])(?=[\u0590-\u08ff])/gu,
        '$1$2 ',
      )
      .split(/\s+|(?<=[-‐])/)
      .filter((token) => token.length > 0)
      .map((token) => (isRtl(token) ? [...token].sort().join('') : token))
  );
}

/** A piece of the model the output must contain; `cells` of one table row may interleave (rows break over pages). */
export interface TextUnit {
  what: string;
  cells: string[];
}

function lines(content: Line[]): string {
  return content.map(lineText).join('\n');
}

/** Every text of the document model, in reading order, grouped so that cells of one row form one unit. */
export function modelUnits(doc: DocumentModel): TextUnit[] {
  const units: TextUnit[] = [];
  const add = (what: string, ...cells: string[]) => {
    const present = cells.filter((cell) => tokens(cell).length > 0);
    if (present.length > 0) units.push({ what, cells: present });
  };
  if (doc.cover) {
    add('cover eyebrow', doc.cover.eyebrow);
    add('cover title', doc.cover.title);
    add('cover subtitle', doc.cover.subtitle);
    for (const fact of doc.cover.facts) add(`cover fact ${fact.label}`, fact.label, fact.value);
  }
  doc.blocks.forEach((block: Block, index) => {
    const where = `block ${index} (${block.type})`;
    switch (block.type) {
      case 'heading':
        add(`heading "${block.text}"`, block.text);
        break;
      case 'paragraph':
        add(where, lineText(block.content));
        break;
      case 'bullets':
        block.items.forEach((item, i) => add(`${where} item ${i + 1}`, lineText(item)));
        break;
      case 'table':
        add(`${where} header`, ...block.columns.map((c) => c.title));
        block.rows.forEach((row, r) => add(`${where} row ${r + 1}`, ...row.map((cell) => lines(cell.lines))));
        break;
      case 'keyValue':
        block.rows.forEach((row) => add(`${where} "${row.label}"`, row.label, lines(row.value), row.note ?? ''));
        break;
      case 'note':
        add(where, lines(block.content));
        break;
      case 'badges':
        // One row of labels: a right-to-left design lays them out from the right.
        add(`${where} badges`, ...block.items.map((item) => item.text));
        break;
      case 'signOff':
        add(`${where} labels`, block.labels.name, block.labels.signature, block.labels.date);
        block.roles.forEach((role) => add(`${where} role`, role));
        break;
      case 'pageBreak':
        break;
    }
  });
  return units;
}

/**
 * Text with right-to-left script is stored in visual order, so its words come out of the content
 * stream in an order that depends on the line breaks: it is matched as a set of words close
 * together (the order of right-to-left words is checked on their positions, rtlOrderProblems).
 */
function findBag(stream: string[], expected: string[], from: number, maxGap: number): number | null {
  const wanted = new Map<string, number>();
  for (const token of expected) wanted.set(token, (wanted.get(token) ?? 0) + 1);
  const span = expected.length * 2 + 80;
  for (let start = from; start < Math.min(stream.length, from + maxGap * 4 + 400); start++) {
    if (!wanted.has(stream[start]!)) continue;
    const left = new Map(wanted);
    let remaining = expected.length;
    let end = start;
    for (let i = start; i < Math.min(stream.length, start + span) && remaining > 0; i++) {
      // A long word broken between characters in a narrow cell comes out as two tokens.
      const joined = stream[i]! + (stream[i + 1] ?? '');
      const token = left.get(stream[i]!) ? stream[i]! : left.get(joined) ? joined : null;
      if (token) {
        left.set(token, left.get(token)! - 1);
        remaining--;
        if (token === joined) i++;
        end = i + 1;
      }
    }
    if (remaining === 0) return end;
  }
  return null;
}

/** Whether `expected` occurs in `stream` from `from` on; returns where it ends. Long words may be split by the renderer. */
function findSequence(stream: string[], expected: string[], from: number, maxGap: number): number | null {
  let at = from;
  let first = true;
  for (let e = 0; e < expected.length; e++) {
    // A run of right-to-left words is compared as a set: extraction tools differ in the order they report them.
    if (isRtl(expected[e]!)) {
      let end = e;
      while (end + 1 < expected.length && isRtl(expected[end + 1]!)) end++;
      const wanted = expected.slice(e, end + 1).sort();
      const limit = first ? stream.length : Math.min(stream.length, at + maxGap + wanted.length);
      let found: number | null = null;
      for (let start = at; start + wanted.length <= limit && found === null; start++) {
        const window = stream.slice(start, start + wanted.length).sort();
        if (window.every((token, i) => token === wanted[i])) found = start + wanted.length;
      }
      if (found === null) return null;
      at = found;
      e = end;
      first = false;
      continue;
    }
    const limit = first ? stream.length : Math.min(stream.length, at + maxGap + 1);
    let found: number | null = null;
    for (let i = at; i < limit && found === null; i++) {
      const token = stream[i]!;
      if (token === expected[e]) found = i + 1;
      else if (expected[e]!.startsWith(token)) {
        // A word broken over two lines without a hyphen (a long word in a narrow cell).
        let joined = token;
        let j = i + 1;
        while (j < stream.length && joined.length < expected[e]!.length && expected[e]!.startsWith(joined))
          joined += stream[j++]!;
        if (joined === expected[e]) found = j;
      }
    }
    if (found === null) return null;
    at = found;
    first = false;
  }
  return at;
}

/**
 * Every unit of the model is in the extracted text, in order. Within one text, other text may
 * come between two words only as much as a page break brings (running header, footer, the
 * repeated table header); the cells of one row may interleave when the row runs over a page.
 */
/** Punctuation moves to the other end of a word when a line is set right to left (brackets even mirror). */
const bare = (list: string[]) =>
  list.map((token) => token.replace(/[\p{P}\p{S}]/gu, '')).filter((token) => token.length > 0);

export function missingText(units: TextUnit[], extracted: string): string[] {
  const stream = tokens(extracted);
  const bareStream = bare(stream);
  // Positions in the bare stream, mapped back to the full one.
  const bareAt: number[] = [];
  const fullAt: number[] = [];
  stream.forEach((token, i) => {
    bareAt.push(fullAt.length);
    if (bare([token]).length > 0) fullAt.push(i);
  });
  bareAt.push(fullAt.length);
  const problems: string[] = [];
  let at = 0;
  for (const unit of units) {
    let end = at;
    let failed = false;
    const otherCells = unit.cells.reduce((sum, cell) => sum + tokens(cell).length, 0);
    for (const cell of unit.cells) {
      const gap = 60 + (unit.cells.length > 1 ? otherCells : 0);
      let found: number | null;
      if (bidiText.test(cell) && bare(tokens(cell)).length > 0) {
        const end = findBag(bareStream, bare(tokens(cell)), bareAt[at]!, gap);
        found = end === null ? null : fullAt[end - 1]! + 1;
      } else found = findSequence(stream, tokens(cell), at, gap);
      if (found === null) {
        problems.push(`missing or out of order: ${unit.what}: "${cell.slice(0, 80)}"`);
        failed = true;
        break;
      }
      end = Math.max(end, found);
    }
    if (!failed) at = end;
    if (problems.length >= 5) {
      problems.push('… (stopped after 5)');
      break;
    }
  }
  return problems;
}

export const REPLACEMENT_CHARACTER = '\ufffd';

/** Headings of the model in order: text and level. */
export const modelHeadings = (doc: DocumentModel) =>
  doc.blocks.flatMap((block) => (block.type === 'heading' ? [{ text: block.text, level: block.level }] : []));

/** Headings go down one level at a time (a screen reader's outline has no holes). */
export function skippedHeadingLevels(doc: DocumentModel): string[] {
  let previous = 0;
  return modelHeadings(doc).flatMap(({ text, level }) => {
    const problem = level > previous + 1 ? [`heading "${text}" is level ${level} after level ${previous}`] : [];
    previous = level;
    return problem;
  });
}

const same = (a: string, b: string) => tokens(a).join(' ') === tokens(b).join(' ');

// ---------------------------------------------------------------------------------------------
// PDF

function withPdf<T>(bytes: Uint8Array, run: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'cd-conf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    return run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfFacts {
  /** Text in content-stream order (the order the renderer wrote it). */
  raw: string;
  pages: PdfWord[][];
  outline: { title: string; depth: number }[];
  title: string;
  lang: string | null;
  displayDocTitle: boolean;
  links: string[];
}

const decodeXml = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos|#\d+);/g, (entity, name: string) =>
    name.startsWith('#')
      ? String.fromCodePoint(Number(name.slice(1)))
      : ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name]!,
  );

interface QpdfOutline {
  title: string;
  kids: QpdfOutline[];
}

/** What the harness reads from a PDF, with poppler (text, positions) and qpdf (outline, catalog). */
export function pdfFacts(bytes: Uint8Array): PdfFacts {
  return withPdf(bytes, (file) => {
    const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const bbox = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    });
    const pages = bbox
      .split('<page ')
      .slice(1)
      .map((page) =>
        [
          ...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
        ].map((m) => ({
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
          text: decodeXml(m[5]!),
        })),
      );
    const json = JSON.parse(execFileSync('qpdf', ['--json', file], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 })) as {
      outlines: QpdfOutline[];
      qpdf: [unknown, Record<string, Record<string, unknown>>];
    };
    const outline: PdfFacts['outline'] = [];
    const walk = (items: QpdfOutline[], depth: number) =>
      items.forEach((item) => {
        outline.push({ title: item.title, depth });
        walk(item.kids, depth + 1);
      });
    walk(json.outlines, 0);
    const objects = json.qpdf[1];
    const value = (ref: unknown): Record<string, unknown> | undefined => {
      if (typeof ref !== 'string') return ref as Record<string, unknown> | undefined;
      return (objects[`obj:${ref}`] as { value?: Record<string, unknown> } | undefined)?.value;
    };
    const trailer = (objects['trailer'] as { value: Record<string, unknown> }).value;
    const catalog = value(trailer['/Root']) ?? {};
    const info = value(trailer['/Info']) ?? {};
    const text = (entry: unknown): string => {
      if (typeof entry !== 'string') return '';
      if (/^\d+ \d+ R$/.test(entry)) return text((objects[`obj:${entry}`] as { value?: unknown } | undefined)?.value);
      return entry.replace(/^[ub]:/, '');
    };
    const preferences = value(catalog['/ViewerPreferences']) ?? {};
    const links = Object.values(objects).flatMap((object) => {
      const dict = (object as { value?: Record<string, unknown> }).value;
      const action = dict && dict['/Subtype'] === '/Link' ? value(dict['/A']) : undefined;
      return action && action['/URI'] ? [text(action['/URI'])] : [];
    });
    return {
      raw,
      pages,
      outline,
      title: text(info['/Title']),
      lang: catalog['/Lang'] ? text(catalog['/Lang']) : null,
      displayDocTitle: preferences['/DisplayDocTitle'] === true,
      links,
    };
  });
}

/** Lines of a page as a reader sees them: words sharing a baseline, left to right. */
export function pageRows(words: PdfWord[]): { text: string; y: number; words: PdfWord[] }[] {
  const rows: { y: number; words: PdfWord[] }[] = [];
  for (const word of [...words].sort((a, b) => a.yMax - b.yMax)) {
    const row = rows.find((r) => Math.abs(r.y - word.yMax) < 2);
    if (row) row.words.push(word);
    else rows.push({ y: word.yMax, words: [word] });
  }
  return rows
    .sort((a, b) => a.y - b.y)
    .map((row) => {
      const sorted = row.words.sort((a, b) => a.xMin - b.xMin);
      return { y: row.y, words: sorted, text: sorted.map((w) => w.text).join(' ') };
    });
}

/**
 * Right-to-left phrases read right to left: on the line where a phrase's first and last words
 * both appear, the first word stands to the right of the last.
 */
export function rtlOrderProblems(pages: PdfWord[][], phrases: string[]): string[] {
  const problems: string[] = [];
  for (const phrase of phrases) {
    const words = tokens(phrase);
    for (const page of pages)
      for (const row of pageRows(page)) {
        // The phrase whole on one line: as many neighbouring words, left to right, as it has words.
        const inPhrase = row.words.map((w) => tokens(w.text).some((t) => words.includes(t)));
        for (let i = 0; i + words.length <= row.words.length; i++) {
          const run = row.words.slice(i, i + words.length);
          if (!inPhrase.slice(i, i + words.length).every(Boolean)) continue;
          // Words of one line of text, not the ends of lines in neighbouring table cells.
          if (run.some((w, k) => k > 0 && w.xMin - run[k - 1]!.xMax > 6)) continue;
          const seen = run.map((w) => tokens(w.text).find((t) => words.includes(t))!);
          if (new Set(seen).size !== words.length) continue;
          if (seen.join(' ') !== [...words].reverse().join(' '))
            problems.push(`"${phrase}" does not read right to left on "${row.text.slice(0, 60)}"`);
        }
      }
  }
  return problems;
}

/** The model's running header and "Page X of Y": not content, left out of page-end checks. */
function isPageFurniture(text: string, doc: DocumentModel): boolean {
  const footer = new RegExp(`^${doc.labels.page}\\s+\\d+\\s+${doc.labels.of}\\s+\\d+$`, 'i');
  return footer.test(text.trim()) || same(text, doc.header) || same(doc.header, text) || /^\d+$/.test(text.trim());
}

/**
 * No page ends with a heading or a table's header row: the reader must turn the page to find
 * what the heading or header is about. Checked on the words' positions on each page.
 */
export function strandedAtPageEnd(doc: DocumentModel, pages: PdfWord[][]): string[] {
  const headings = modelHeadings(doc).map((h) => tokens(h.text).join(' '));
  const headers = doc.blocks.flatMap((block) =>
    block.type === 'table'
      ? [
          block.columns
            .flatMap((c) => tokens(c.title))
            .sort()
            .join(' '),
        ]
      : [],
  );
  const problems: string[] = [];
  pages.forEach((words, index) => {
    if (index === pages.length - 1) return;
    const rows = pageRows(words).filter((row) => !isPageFurniture(row.text, doc));
    for (let n = 1; n <= Math.min(3, rows.length); n++) {
      const last = rows.slice(-n);
      const asText = last.map((r) => tokens(r.text).join(' ')).join(' ');
      const asSet = last
        .flatMap((r) => tokens(r.text))
        .sort()
        .join(' ');
      if (headings.includes(asText)) {
        problems.push(`page ${index + 1} ends with the heading "${last.map((r) => r.text).join(' ')}"`);
        break;
      }
      if (headers.includes(asSet) && asSet.length > 0) {
        problems.push(`page ${index + 1} ends with a table header "${last.map((r) => r.text).join(' ')}"`);
        break;
      }
    }
  });
  return problems;
}

/** Every heading is a bookmark at its level, in order. */
export function missingBookmarks(doc: DocumentModel, outline: PdfFacts['outline']): string[] {
  const problems: string[] = [];
  let at = 0;
  for (const heading of modelHeadings(doc)) {
    let found = -1;
    for (let i = at; i < outline.length && found < 0; i++) if (same(outline[i]!.title, heading.text)) found = i;
    if (found < 0) problems.push(`no bookmark for heading "${heading.text}"`);
    else {
      if (outline[found]!.depth !== heading.level - 1)
        problems.push(`bookmark "${heading.text}" at depth ${outline[found]!.depth}, heading level ${heading.level}`);
      at = found + 1;
    }
    if (problems.length >= 5) break;
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// DOCX

export interface DocxParagraph {
  style: string | null;
  outlineLevel: number | null;
  text: string;
}

export interface DocxFacts {
  parts: Record<string, string>;
  paragraphs: DocxParagraph[];
  /** The body's text, paragraph by paragraph. */
  text: string;
  /** Outline level of each paragraph style, by style id (inherited through basedOn). */
  styleOutline: Map<string, number | null>;
  title: string;
  language: string | null;
  styleLanguage: string | null;
  updateFields: boolean;
  hasTableOfContents: boolean;
}

const ENTITY = /&(lt|gt|amp|quot|apos);/g;
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };
const unescape = (text: string) => text.replace(ENTITY, (entity) => ENTITIES[entity]!);

export function docxFacts(bytes: Uint8Array): DocxFacts {
  const parts = docxParts(bytes);
  const body = parts['word/document.xml']!;
  const styles = parts['word/styles.xml'] ?? '';
  const paragraphs = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([xml]) => {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? null;
    const level = /<w:outlineLvl w:val="(\d)"/.exec(xml)?.[1];
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)]
      .map((m) => (m[1] !== undefined ? unescape(m[1]) : ' '))
      .join('');
    return { style, outlineLevel: level === undefined ? null : Number(level), text };
  });
  const definitions = new Map<string, { basedOn: string | null; outline: number | null }>();
  for (const [xml] of styles.matchAll(/<w:style [^>]*w:type="paragraph"[\s\S]*?<\/w:style>/g)) {
    const id = /w:styleId="([^"]+)"/.exec(xml)![1]!;
    const level = /<w:outlineLvl w:val="(\d)"/.exec(xml)?.[1];
    definitions.set(id, {
      basedOn: /<w:basedOn w:val="([^"]+)"/.exec(xml)?.[1] ?? null,
      outline: level === undefined ? null : Number(level),
    });
  }
  const styleOutline = new Map<string, number | null>();
  for (const id of definitions.keys()) {
    let current: string | null = id;
    let outline: number | null = null;
    for (let depth = 0; current && depth < 10 && outline === null; depth++) {
      outline = definitions.get(current)?.outline ?? null;
      current = definitions.get(current)?.basedOn ?? null;
    }
    styleOutline.set(id, outline);
  }
  const core = parts['docProps/core.xml'] ?? '';
  return {
    parts,
    paragraphs,
    text: paragraphs.map((p) => p.text).join('\n'),
    styleOutline,
    title: unescape(/<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? ''),
    language: /<dc:language>([^<]*)<\/dc:language>/.exec(core)?.[1] ?? null,
    styleLanguage: /<w:docDefaults>[\s\S]*?<w:lang w:val="([^"]+)"/.exec(styles)?.[1] ?? null,
    updateFields: /<w:updateFields(?: w:val="(?:true|1|on)")?\s*\/>/.test(parts['word/settings.xml'] ?? ''),
    hasTableOfContents: /instrText[^>]*>\s*TOC\b/.test(body),
  };
}

/** Every heading is a paragraph whose style (or own properties) gives it the outline level of its heading level. */
export function headingsWithoutOutline(doc: DocumentModel, facts: DocxFacts): string[] {
  const problems: string[] = [];
  let at = 0;
  for (const heading of modelHeadings(doc)) {
    let found = -1;
    for (let i = at; i < facts.paragraphs.length && found < 0; i++) {
      const p = facts.paragraphs[i]!;
      const level = p.outlineLevel ?? (p.style ? (facts.styleOutline.get(p.style) ?? null) : null);
      if (same(p.text, heading.text) && level !== null) found = i;
    }
    if (found < 0) {
      problems.push(`heading "${heading.text}" has no outline level`);
    } else {
      const p = facts.paragraphs[found]!;
      const level = p.outlineLevel ?? facts.styleOutline.get(p.style!)!;
      if (level !== heading.level - 1)
        problems.push(`heading "${heading.text}" at outline level ${level + 1}, expected ${heading.level}`);
      at = found + 1;
    }
    if (problems.length >= 5) break;
  }
  return problems;
}
