import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
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
import {
  BRAND_COLOR,
  type Block,
  type CoverPage,
  type DocumentModel,
  type Inline,
  type Line,
  type TableCell as CellModel,
} from '../../../shared/document';
import { NOTE_TONES, safeText, tint } from './style';

/** Calibri is on every Office install and metric-compatible with LibreOffice's Carlito. */
const FONT = 'Calibri';
const INK = '1D2939';
const MUTED = '5B6474';
const LINE = 'D0D5DD';
/** A4 with 2 cm margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const BULLETS = 'bullets';

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  size?: number;
  rightToLeft?: boolean;
}

/** Text runs; a newline inside user text becomes a line break, as the author typed it. */
function runs(line: Line, base: RunStyle = {}): TextRun[] {
  return line.flatMap((inline: Inline) => {
    const style: RunStyle = typeof inline === 'string' ? base : { ...base };
    if (typeof inline !== 'string') {
      if (inline.bold) style.bold = true;
      if (inline.italic) style.italics = true;
      if (inline.color) style.color = inline.color;
    }
    const text = safeText(typeof inline === 'string' ? inline : inline.text);
    return text.split('\n').map((part, i) => new TextRun({ text: part, break: i > 0 ? 1 : undefined, ...style }));
  });
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: LINE };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function cell(
  model: CellModel,
  context: Context,
  width: number,
  extra: { header?: boolean; size?: number } = {},
): TableCell {
  const fill = extra.header ? tint(BRAND_COLOR, 0.88) : model.fill;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    borders: { top: thin, bottom: thin, left: none, right: none },
    children: model.lines.map(
      (line) =>
        new Paragraph({
          bidirectional: context.rtl,
          alignment: model.align === 'center' ? AlignmentType.CENTER : undefined,
          spacing: { after: 0 },
          children: runs(line, {
            size: extra.size,
            ...(extra.header ? { bold: true, color: BRAND_COLOR } : {}),
          }),
        }),
    ),
  });
}

interface Context {
  rtl: boolean;
}

function table(block: Extract<Block, { type: 'table' }>, context: Context): Table {
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = block.columns.map((column) => Math.floor((column.width / total) * CONTENT_WIDTH));
  const size = block.compact ? 16 : 19;
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    visuallyRightToLeft: context.rtl,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((column, i) =>
          cell({ lines: [[column.title]] }, context, widths[i]!, { header: true, size }),
        ),
      }),
      ...block.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((model, i) => cell(model, context, widths[i]!, { size })),
          }),
      ),
    ],
  });
}

function keyValue(block: Extract<Block, { type: 'keyValue' }>, context: Context): Table {
  const widths = [Math.floor(CONTENT_WIDTH * 0.3), Math.ceil(CONTENT_WIDTH * 0.7)];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    visuallyRightToLeft: context.rtl,
    rows: block.rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell({ lines: [[{ text: row.label, bold: true }]], fill: 'F2F4F7' }, context, widths[0]!),
            cell(
              { lines: [...row.value, ...(row.note ? [[{ text: row.note, italic: true, color: MUTED }]] : [])] },
              context,
              widths[1]!,
            ),
          ],
        }),
    ),
  });
}

/** A note is a one-cell table: shaded, with a coloured bar on the leading edge. */
function note(block: Extract<Block, { type: 'note' }>, context: Context): Table {
  const tone = NOTE_TONES[block.tone];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [CONTENT_WIDTH],
    rows: [
      new TableRow({
        children: [
          new TableCell({
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: tone.fill },
            margins: { top: 100, bottom: 100, left: 160, right: 160 },
            borders: {
              top: none,
              bottom: none,
              right: none,
              left: { style: BorderStyle.SINGLE, size: 24, color: tone.border },
            },
            children: block.content.map(
              (line) => new Paragraph({ bidirectional: context.rtl, spacing: { after: 0 }, children: runs(line) }),
            ),
          }),
        ],
      }),
    ],
  });
}

function signOff(block: Extract<Block, { type: 'signOff' }>, context: Context): Table {
  const widths = [0.3, 0.27, 0.27, 0.16].map((share) => Math.floor(share * CONTENT_WIDTH));
  const labelRow = ['', block.labels.name, block.labels.signature, block.labels.date];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: labelRow.map((label, i) =>
          cell({ lines: [[{ text: label, bold: true, color: MUTED }]] }, context, widths[i]!),
        ),
      }),
      ...block.roles.map(
        (role) =>
          new TableRow({
            cantSplit: true,
            height: { value: 900, rule: 'atLeast' },
            children: [role, '', '', ''].map((text, i) =>
              cell({ lines: [[{ text, bold: true }]] }, context, widths[i]!),
            ),
          }),
      ),
    ],
  });
}

const spacer = () => new Paragraph({ spacing: { after: 120 }, children: [] });

function blockChildren(block: Block, context: Context): (Paragraph | Table)[] {
  const bidirectional = context.rtl;
  switch (block.type) {
    case 'heading': {
      const heading = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][block.level - 1];
      return [new Paragraph({ heading, bidirectional, keepNext: true, children: runs([block.text]) })];
    }
    case 'paragraph':
      return [
        new Paragraph({
          bidirectional,
          style: block.style === 'lead' ? 'Lead' : block.style === 'small' ? 'Small' : undefined,
          children: runs(block.content),
        }),
      ];
    case 'bullets':
      return block.items.map(
        (item) => new Paragraph({ bidirectional, numbering: { reference: BULLETS, level: 0 }, children: runs(item) }),
      );
    case 'table':
      return [table(block, context), spacer()];
    case 'keyValue':
      return [keyValue(block, context), spacer()];
    case 'note':
      return [note(block, context), spacer()];
    case 'badges':
      return [
        new Paragraph({
          bidirectional,
          children: block.items.flatMap((item, i) => [
            ...(i > 0 ? [new TextRun({ text: '  ' })] : []),
            new TextRun({
              text: ` ${safeText(item.text)} `,
              bold: true,
              color: 'FFFFFF',
              size: 17,
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: item.color },
            }),
          ]),
        }),
      ];
    case 'signOff':
      return [signOff(block, context)];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function coverChildren(cover: CoverPage, context: Context): (Paragraph | Table)[] {
  const factWidths = [2200, CONTENT_WIDTH - 2200];
  return [
    new Paragraph({
      spacing: { before: 3600, after: 160 },
      children: runs([cover.eyebrow.toUpperCase()], { bold: true, color: cover.accent, size: 20 }),
    }),
    new Paragraph({ style: 'Title', children: runs([cover.title]) }),
    new Paragraph({ spacing: { after: 240 }, children: runs([cover.subtitle], { color: MUTED, size: 26 }) }),
    new Paragraph({
      spacing: { after: 360 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 24, color: cover.accent, space: 1 } },
      indent: { right: CONTENT_WIDTH - 1300 },
      children: [],
    }),
    new Table({
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: factWidths,
      rows: cover.facts.map(
        (fact) =>
          new TableRow({
            children: [
              new TableCell({
                width: { size: factWidths[0]!, type: WidthType.DXA },
                borders: { top: none, bottom: none, left: none, right: none },
                children: [
                  new Paragraph({ bidirectional: context.rtl, children: runs([fact.label], { color: MUTED }) }),
                ],
              }),
              new TableCell({
                width: { size: factWidths[1]!, type: WidthType.DXA },
                borders: { top: none, bottom: none, left: none, right: none },
                children: [new Paragraph({ bidirectional: context.rtl, children: runs([fact.value], { bold: true }) })],
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

/** Word styles, so the navigation pane, the table of contents and "apply style" all work. */
function styles(language: string) {
  const heading = (size: number, color: string, before: number) => ({
    run: { font: FONT, size, bold: true, color },
    paragraph: { spacing: { before, after: 120 }, keepNext: true },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: 21, color: INK, language: { value: language } },
        paragraph: { spacing: { after: 100, line: 276 } },
      },
      title: {
        run: { font: FONT, size: 52, bold: true, color: BRAND_COLOR },
        paragraph: { spacing: { before: 0, after: 200, line: 264, lineRule: LineRuleType.AUTO } },
      },
      heading1: heading(34, BRAND_COLOR, 240),
      heading2: heading(26, BRAND_COLOR, 280),
      heading3: heading(22, INK, 200),
    },
    paragraphStyles: [
      {
        id: 'Lead',
        name: 'Lead',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 23, color: '475467' },
        paragraph: { spacing: { after: 160 } },
      },
      { id: 'Small', name: 'Small', basedOn: 'Normal', quickFormat: true, run: { size: 17, color: MUTED } },
    ],
  };
}

/** The document tree → an editable DOCX: real styles, repeated table headers, page numbers, properties. */
export async function renderDocx(doc: DocumentModel): Promise<Uint8Array> {
  const context: Context = { rtl: doc.direction === 'rtl' };
  const small = { size: 16, color: MUTED };
  const body: (Paragraph | Table | TableOfContents)[] = [];
  if (doc.tableOfContents)
    body.push(
      new Paragraph({ style: 'Title', children: runs([doc.labels.contents], { size: 34 }) }),
      // Written with its entries (no page numbers), so it is readable before Word updates the field;
      // laying out pages to fill in the numbers too would cost seconds on a large design.
      new TableOfContents(doc.labels.contents, {
        hyperlink: true,
        headingStyleRange: '1-2',
        cachedEntries: doc.blocks.flatMap((block) =>
          block.type === 'heading' && block.level <= 2 ? [{ title: safeText(block.text), level: block.level }] : [],
        ),
      }),
      new Paragraph({ children: [new PageBreak()] }),
    );
  body.push(...doc.blocks.flatMap((block) => blockChildren(block, context)));

  const header = new Header({
    children: [
      new Paragraph({
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: LINE, space: 4 } },
        children: runs([doc.header], small),
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: `${doc.labels.page} `, ...small }),
          new TextRun({ children: [PageNumber.CURRENT], ...small }),
          new TextRun({ text: ` ${doc.labels.of} `, ...small }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], ...small }),
        ],
      }),
    ],
  });
  const sections: ISectionOptions[] = [
    ...(doc.cover ? [{ properties: pageSetup, children: coverChildren(doc.cover, context) }] : []),
    { properties: pageSetup, headers: { default: header }, footers: { default: footer }, children: body },
  ];
  const document = new Document({
    title: safeText(doc.properties.title),
    subject: safeText(doc.properties.subject),
    creator: safeText(doc.properties.author),
    keywords: safeText(doc.properties.keywords.join(', ')),
    description: safeText(doc.properties.description),
    lastModifiedBy: 'Challenge Designer',
    styles: styles(doc.language),
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 240 } } },
            },
          ],
        },
      ],
    },
    // Word asks to update fields on opening, which fills in the contents' page numbers.
    features: { updateFields: true },
    sections,
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
