/**
 * The neutral document tree every exporter renders. Builders (spec, syllabus, proposal, review
 * report) write content once into this tree; the DOCX and PDF renderers only translate it, so
 * both formats always say the same thing. Pure data: no Node, no DOM, serialisable.
 */

/**
 * What a run of text says about itself, not how it looks: each renderer maps a tone to a named
 * style (DOCX character styles, PDF styles) coloured from the one palette (theme.ts).
 */
export type Tone = 'muted' | 'error' | 'warning' | 'success' | 'advice';

/** A piece of text with optional emphasis; `link` makes it a clickable web address. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  tone?: Tone;
  link?: string;
  /** BCP 47 language of this run when it is not the document's (a bilingual specification's second language). */
  language?: string;
}
export type Inline = string | TextRun;
/** One paragraph's content. */
export type Line = Inline[];

export interface TableCell {
  /** Paragraphs inside the cell (usually one). */
  lines: Line[];
  /** A shaded cell: a gap (nothing practises or assesses an outcome) or a link in the alignment matrix. */
  shade?: 'gap' | 'link';
  align?: 'left' | 'center';
}

export interface TableColumn {
  title: string;
  /** Relative width; renderers scale all columns to the page width. */
  width: number;
}

export type Block =
  /** Level 1 opens a chapter (Word "Heading 1"); 2-4 are sections within it, one level at a time. */
  | { type: 'heading'; level: HeadingLevel; text: string; id?: string }
  | { type: 'paragraph'; content: Line; style?: 'lead' | 'small' }
  | { type: 'bullets'; items: Line[] }
  /** A table whose header row repeats on every page; `compact` uses a smaller font (matrices, rubrics). */
  | { type: 'table'; columns: TableColumn[]; rows: TableCell[][]; compact?: boolean }
  /** Two-column label → value table (Annex I elements, facts). */
  | { type: 'keyValue'; rows: { label: string; value: Line[]; note?: string }[] }
  /** A framed remark: the check summary, "completed at issuing", a draft warning. */
  | { type: 'note'; tone: 'info' | 'warning' | 'success'; content: Line[] }
  /** A row of goal labels; `color` is the goal's official colour (hex without "#"), kept as the badge's border. */
  | { type: 'badges'; items: { text: string; color: string }[] }
  /** Lines to sign: one per role, with name, signature and date fields. */
  | { type: 'signOff'; roles: string[]; labels: { name: string; signature: string; date: string } }
  | { type: 'pageBreak' };

export interface CoverPage {
  /** Small line above the title, e.g. "Micro-credential proposal". */
  eyebrow: string;
  title: string;
  subtitle: string;
  /** Label/value facts printed below the title (institutions, authors, date, version). */
  facts: { label: string; value: string }[];
  /** Accent colour (the first SDG's colour, or the brand colour). */
  accent: string;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

/** The documents a design exports to, and their formats (plain lists: the CLI reads them without zod). */
export const DOCUMENT_KINDS = ['spec', 'syllabus', 'proposal', 'review'] as const;
/** The documents built from a design (the review report too). */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
/** Every document model the app renders: a design's four and a pathway's (shared/document/pathway.ts). */
export type DocumentModelKind = DocumentKind | 'pathway';
export const EXPORT_FORMATS = ['docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface DocumentModel {
  kind: DocumentModelKind;
  /** BCP 47 language of the content (sets the DOCX/PDF language). */
  language: string;
  /** Text direction of the design's language. */
  direction: 'ltr' | 'rtl';
  /** File properties (DOCX core properties, PDF info dictionary). */
  properties: { title: string; subject: string; author: string; keywords: string[]; description: string };
  /** Running header on every page after the cover. */
  header: string;
  /** Translated words the renderers print themselves. */
  labels: { page: string; of: string; contents: string };
  cover?: CoverPage;
  /** Whether a table of contents follows the cover. */
  tableOfContents: boolean;
  blocks: Block[];
}

export const inlineText = (inline: Inline): string => (typeof inline === 'string' ? inline : inline.text);
export const lineText = (line: Line): string => line.map(inlineText).join('');
