import type { Block, HeadingLevel, Inline, Line, TableCell, TableColumn, Tone } from './model';

/** Small constructors so builders read like the document they produce. */

export const hasText = (text: string | null | undefined): text is string => !!text && text.trim().length > 0;

export const heading = (level: HeadingLevel, text: string): Block => ({ type: 'heading', level, text });

export const paragraph = (content: Line | string, style?: 'lead' | 'small'): Block => ({
  type: 'paragraph',
  content: typeof content === 'string' ? [content] : content,
  ...(style ? { style } : {}),
});

export const bold = (text: string): Inline => ({ text, bold: true });
export const italic = (text: string): Inline => ({ text, italic: true });
/** Secondary text: units, notes, a status (rendered in the "muted" style of the one palette). */
export const muted = (text: string): Inline => ({ text, tone: 'muted' });
/** A word that carries a state (error, warning, success, advice), bold in its tone. */
export const toned = (text: string, tone: Tone): Inline => ({ text, tone, bold: true });
/** A web address the reader can click. */
export const link = (url: string, text = url): Inline => ({ text, link: url });

/** A cell from plain text or lines; empty text becomes an en dash so no cell looks forgotten. */
export function cell(content: string | Line | Line[], extra: Partial<TableCell> = {}): TableCell {
  const lines: Line[] =
    typeof content === 'string'
      ? [[hasText(content) ? content : '–']]
      : Array.isArray(content[0])
        ? (content as Line[])
        : [content as Line];
  return { lines, ...extra };
}

export const table = (columns: [string, number][], rows: TableCell[][], compact = false): Block => ({
  type: 'table',
  columns: columns.map(([title, width]): TableColumn => ({ title, width })),
  rows,
  ...(compact ? { compact } : {}),
});

/** Paragraphs of user text: blank lines separate paragraphs, single newlines stay line breaks. */
export function textBlocks(text: string, style?: 'lead' | 'small'): Block[] {
  return text
    .split(/\n\s*\n/)
    .filter(hasText)
    .map((part) => paragraph(part.trim(), style));
}

/** Label/value pairs, leaving out the pairs whose value is empty. */
export function facts(rows: [string, string | Line[] | null | undefined][]): Block | null {
  const present = rows.flatMap(([label, value]) => {
    if (value === null || value === undefined) return [];
    if (typeof value === 'string') return hasText(value) ? [{ label, value: [[value]] }] : [];
    return value.length > 0 ? [{ label, value }] : [];
  });
  return present.length > 0 ? { type: 'keyValue', rows: present } : null;
}

/** A section: its heading only when it has content, so empty optional parts leave no trace. */
export function section(level: HeadingLevel, title: string, content: (Block | null | undefined | false)[]): Block[] {
  const blocks = content.filter((block): block is Block => !!block);
  return blocks.length > 0 ? [heading(level, title), ...blocks] : [];
}
