import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Block, CoverPage, DocumentModel, Inline, Line, TableCell as CellModel } from '../../../shared/document';
import { badgeColours, PALETTE } from '../../../shared/document/theme';
import { packDocx } from './docx-package';
import { STYLE, stylesXml } from './docx-styles';
import { safeText } from './style';
import { allCaps } from '../../../shared/i18n/case';
import { PRODUCT_NAME } from '../../../shared/product';

/** A4 with 2 cm margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const BULLETS = 'bullets';

/** Character style of a run: emphasis and tones are named styles, never direct formatting. */
function runStyle(inline: Exclude<Inline, string>): { style?: string; bold?: boolean; italics?: boolean } {
  if (inline.link) return { style: STYLE.hyperlink };
  if (inline.tone) return { style: STYLE.tones[inline.tone] };
  if (inline.bold && inline.italic) return { style: STYLE.strong, italics: true };
  if (inline.bold) return { style: STYLE.strong };
  if (inline.italic) return { style: STYLE.emphasis };
  return {};
}

/** Text runs; a newline inside user text becomes a line break, as the author typed it. Links are clickable. */
function runs(line: Line): (TextRun | ExternalHyperlink)[] {
  return line.flatMap((inline: Inline): (TextRun | ExternalHyperlink)[] => {
    const text = safeText(typeof inline === 'string' ? inline : inline.text);
    const style = {
      ...(typeof inline === 'string' ? {} : runStyle(inline)),
      ...(typeof inline !== 'string' && inline.language ? { language: { value: inline.language } } : {}),
    };
    const pieces = text
      .split('\n')
      .map((part, i) => new TextRun({ text: part, break: i > 0 ? 1 : undefined, ...style }));
    return typeof inline !== 'string' && inline.link
      ? [new ExternalHyperlink({ link: inline.link, children: pieces })]
      : pieces;
  });
}

const paragraph = (line: Line, style?: string) => new Paragraph({ style, children: runs(line) });

function cell(model: CellModel, width: number, style: string): TableCell {
  const fill = model.shade === 'gap' ? PALETTE.gapFill : model.shade === 'link' ? PALETTE.linkFill : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    // A gap or a link in the alignment matrix is a state of this one cell, not a look of the table.
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    children: model.lines.map((line) => paragraph(line, model.align === 'center' ? STYLE.tableMark : style)),
  });
}

function widthsOf(relative: number[]): number[] {
  const total = relative.reduce((sum, w) => sum + w, 0);
  return relative.map((w) => Math.floor((w / total) * CONTENT_WIDTH));
}

function table(block: Extract<Block, { type: 'table' }>, rtl: boolean): Table {
  const widths = widthsOf(block.columns.map((c) => c.width));
  const text = block.compact ? STYLE.tableCompact : STYLE.tableText;
  return new Table({
    style: STYLE.tables.data,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    visuallyRightToLeft: rtl,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((column, i) => cell({ lines: [[column.title]] }, widths[i]!, STYLE.tableHeading)),
      }),
      // Rows of a few lines stay whole; a long row may run over a page rather than leave a gap.
      ...block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: row.every(
              (c) =>
                c.lines.reduce(
                  (n, l) => n + l.reduce((m, i) => m + (typeof i === 'string' ? i : i.text).length, 0),
                  0,
                ) < 600,
            ),
            children: row.map((model, i) => cell(model, widths[i]!, text)),
          }),
      ),
    ],
  });
}

function keyValue(block: Extract<Block, { type: 'keyValue' }>, rtl: boolean): Table {
  const widths = widthsOf([3, 7]);
  return new Table({
    style: STYLE.tables.keyValue,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    visuallyRightToLeft: rtl,
    rows: block.rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell({ lines: [[row.label]] }, widths[0]!, STYLE.tableLabel),
            cell(
              { lines: [...row.value, ...(row.note ? [[{ text: row.note, tone: 'muted' as const }]] : [])] },
              widths[1]!,
              STYLE.tableText,
            ),
          ],
        }),
    ),
  });
}

/** A note is a one-cell table in its tone's table style: shaded, with a coloured bar on the leading edge. */
function note(block: Extract<Block, { type: 'note' }>, rtl: boolean): Table {
  return new Table({
    style: STYLE.tables.note[block.tone],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [CONTENT_WIDTH],
    visuallyRightToLeft: rtl,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [new TableCell({ children: block.content.map((line) => paragraph(line, STYLE.noteText)) })],
      }),
    ],
  });
}

function signOff(block: Extract<Block, { type: 'signOff' }>, rtl: boolean): Table {
  const widths = [0.3, 0.27, 0.27, 0.16].map((share) => Math.floor(share * CONTENT_WIDTH));
  const labels = ['', block.labels.name, block.labels.signature, block.labels.date];
  return new Table({
    style: STYLE.tables.signOff,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    visuallyRightToLeft: rtl,
    rows: [
      new TableRow({
        tableHeader: true,
        children: labels.map((label, i) => cell({ lines: [[label]] }, widths[i]!, STYLE.small)),
      }),
      ...block.roles.map(
        (role) =>
          new TableRow({
            cantSplit: true,
            children: [role, '', '', ''].map((text, i) => cell({ lines: [[text]] }, widths[i]!, STYLE.signOffRole)),
          }),
      ),
    ],
  });
}

const spacer = () => new Paragraph({ style: STYLE.small, children: [] });
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

function blockChildren(block: Block, rtl: boolean): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level - 1], children: runs([block.text]) })];
    case 'paragraph':
      return [
        paragraph(
          block.content,
          block.style === 'lead' ? STYLE.lead : block.style === 'small' ? STYLE.small : undefined,
        ),
      ];
    case 'bullets':
      return block.items.map(
        (item) =>
          new Paragraph({ style: STYLE.listBullet, numbering: { reference: BULLETS, level: 0 }, children: runs(item) }),
      );
    case 'table':
      return [table(block, rtl), spacer()];
    case 'keyValue':
      return [keyValue(block, rtl), spacer()];
    case 'note':
      return [note(block, rtl), spacer()];
    case 'badges':
      return [
        new Paragraph({
          style: STYLE.badges,
          children: block.items.flatMap((item, i) => {
            const colours = badgeColours(item.color);
            return [
              ...(i > 0 ? [new TextRun({ text: '  ' })] : []),
              // The goal's official colour is the badge's border; its text is ink on a light tint (WCAG 4.5:1).
              new TextRun({
                text: ` ${safeText(item.text)} `,
                style: STYLE.badge,
                shading: { type: ShadingType.CLEAR, color: 'auto', fill: colours.fill },
                border: { style: BorderStyle.SINGLE, size: 12, color: colours.border, space: 0 },
              }),
            ];
          }),
        }),
      ];
    case 'signOff':
      return [signOff(block, rtl)];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function coverChildren(cover: CoverPage, rtl: boolean, language: string): (Paragraph | Table)[] {
  const widths = [2200, CONTENT_WIDTH - 2200];
  return [
    // In capitals already: Word and LibreOffice set Greek <w:caps/> with its accents.
    new Paragraph({ style: STYLE.eyebrow, children: runs([allCaps(cover.eyebrow, language)]) }),
    new Paragraph({ style: STYLE.title, children: runs([cover.title]) }),
    new Paragraph({ style: STYLE.subtitle, children: runs([cover.subtitle]) }),
    new Paragraph({ style: STYLE.accentRule, children: [] }),
    new Table({
      style: STYLE.tables.plain,
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      visuallyRightToLeft: rtl,
      rows: cover.facts.map(
        (fact) =>
          new TableRow({
            children: [
              new TableCell({
                width: { size: widths[0]!, type: WidthType.DXA },
                children: [paragraph([fact.label], STYLE.coverLabel)],
              }),
              new TableCell({
                width: { size: widths[1]!, type: WidthType.DXA },
                children: [paragraph([fact.value], STYLE.coverValue)],
              }),
            ],
          }),
      ),
    }),
  ];
}

const pageSetup = {
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 560, footer: 560 },
  },
};

/** The document tree → an editable DOCX: named styles only, outline levels, repeated table headers, page numbers, properties. */
export async function renderDocx(doc: DocumentModel): Promise<Uint8Array> {
  const rtl = doc.direction === 'rtl';
  const body: (Paragraph | Table | TableOfContents)[] = [];
  if (doc.tableOfContents)
    body.push(
      new Paragraph({ style: STYLE.contentsHeading, children: runs([doc.labels.contents]) }),
      // Written with its entries, linked to the headings; Word fills in the page numbers when it
      // updates the field (it asks on opening: only documents with a contents ask).
      new TableOfContents(doc.labels.contents, { hyperlink: true, headingStyleRange: '1-2' }),
      new Paragraph({ children: [new PageBreak()] }),
    );
  body.push(...doc.blocks.flatMap((block) => blockChildren(block, rtl)));

  const header = new Header({ children: [paragraph([doc.header], STYLE.header)] });
  const footer = new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        children: [
          new TextRun({ text: `${doc.labels.page} ` }),
          new TextRun({ children: [PageNumber.CURRENT] }),
          new TextRun({ text: ` ${doc.labels.of} ` }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
  const sections: ISectionOptions[] = [
    ...(doc.cover ? [{ properties: pageSetup, children: coverChildren(doc.cover, rtl, doc.language) }] : []),
    { properties: pageSetup, headers: { default: header }, footers: { default: footer }, children: body },
  ];
  const document = new Document({
    title: safeText(doc.properties.title),
    subject: safeText(doc.properties.subject),
    creator: safeText(doc.properties.author),
    keywords: safeText(doc.properties.keywords.join(', ')),
    description: safeText(doc.properties.description),
    lastModifiedBy: PRODUCT_NAME,
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: rtl ? AlignmentType.RIGHT : AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 240 } } },
            },
          ],
        },
      ],
    },
    // Only a document with a table of contents asks Word to update its fields on opening.
    features: { updateFields: doc.tableOfContents },
    sections,
  });
  const accent = doc.cover?.accent ?? PALETTE.brand;
  return packDocx(document, [
    { path: 'word/styles.xml', data: stylesXml({ language: doc.language, rtl, accent }) },
    { path: 'docProps/core.xml', data: coreXml(doc) },
  ]);
}

const xmlText = (text: string) => safeText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The core properties, with dc:language (docx writes none; readers, indexers and screen readers look for it). */
function coreXml(doc: DocumentModel): string {
  const now = new Date().toISOString();
  const p = doc.properties;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlText(
    p.title,
  )}</dc:title><dc:subject>${xmlText(p.subject)}</dc:subject><dc:creator>${xmlText(p.author)}</dc:creator><cp:keywords>${xmlText(
    p.keywords.join(', '),
  )}</cp:keywords><dc:description>${xmlText(p.description)}</dc:description><dc:language>${xmlText(
    doc.language,
  )}</dc:language><cp:lastModifiedBy>${PRODUCT_NAME}</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`;
}
