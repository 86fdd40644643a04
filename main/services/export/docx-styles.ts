import { PALETTE, TYPE_SCALE } from '../../../shared/document/theme';

/**
 * The styles part (word/styles.xml) of every exported DOCX, written from the one palette and type
 * scale. Everything the document formats is a named style: paragraph styles for text, character
 * styles for emphasis, tones and links, table styles for rules and fills (the header fill is the
 * table style's first-row fill). A faculty re-templates a document by changing these styles;
 * no direct formatting in the body overrides them.
 */

/** Calibri is on every Office install and metric-compatible with LibreOffice's Carlito. */
export const DOCX_FONT = 'Calibri';

/** Style ids the renderer uses. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  eyebrow: 'Eyebrow',
  accentRule: 'AccentRule',
  heading: ['Heading1', 'Heading2', 'Heading3', 'Heading4'],
  lead: 'Lead',
  small: 'Small',
  tableText: 'TableText',
  tableCompact: 'TableTextCompact',
  tableHeading: 'TableHeading',
  tableMark: 'TableMark',
  tableLabel: 'TableLabel',
  noteText: 'NoteText',
  listBullet: 'ListBullet',
  badges: 'Badges',
  coverLabel: 'CoverLabel',
  coverValue: 'CoverValue',
  signOffRole: 'SignOffRole',
  contentsHeading: 'TOCHeading',
  header: 'Header',
  footer: 'Footer',
  strong: 'Strong',
  emphasis: 'Emphasis',
  hyperlink: 'Hyperlink',
  badge: 'Badge',
  tones: { muted: 'Muted', error: 'ToneError', warning: 'ToneWarning', success: 'ToneSuccess', advice: 'ToneAdvice' },
  tables: {
    data: 'DataTable',
    keyValue: 'KeyValueTable',
    note: { info: 'NoteInfo', warning: 'NoteWarning', success: 'NoteSuccess' },
    signOff: 'SignOffTable',
    plain: 'PlainTable',
  },
} as const;

const half = (pt: number) => Math.round(pt * 2);
const twips = (pt: number) => Math.round(pt * 20);
const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

interface RunProps {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  caps?: boolean;
  underline?: boolean;
  spacing?: number;
}

function rPr(props: RunProps): string {
  return `<w:rPr>${props.caps ? '<w:caps/>' : ''}${props.bold ? '<w:b/><w:bCs/>' : ''}${props.italic ? '<w:i/><w:iCs/>' : ''}${
    props.color ? `<w:color w:val="${props.color}"/>` : ''
  }${props.spacing ? `<w:spacing w:val="${twips(props.spacing)}"/>` : ''}${
    props.size ? `<w:sz w:val="${half(props.size)}"/><w:szCs w:val="${half(props.size)}"/>` : ''
  }${props.underline ? '<w:u w:val="single"/>' : ''}</w:rPr>`;
}

interface ParaProps {
  before?: number;
  after?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  outline?: number;
  align?: 'center' | 'right' | 'left';
  indent?: { left: number; hanging?: number };
  border?: string;
  line?: number;
}

function pPr(props: ParaProps, rtl: boolean): string {
  return `<w:pPr>${props.keepNext ? '<w:keepNext/>' : ''}${props.keepLines ? '<w:keepLines/>' : ''}${
    props.border ?? ''
  }${
    props.before !== undefined || props.after !== undefined || props.line !== undefined
      ? `<w:spacing${props.before !== undefined ? ` w:before="${twips(props.before)}"` : ''}${
          props.after !== undefined ? ` w:after="${twips(props.after)}"` : ''
        }${props.line !== undefined ? ` w:line="${props.line}" w:lineRule="auto"` : ''}/>`
      : ''
  }${props.indent ? `<w:ind w:left="${props.indent.left}"${props.indent.hanging ? ` w:hanging="${props.indent.hanging}"` : ''}/>` : ''}${
    rtl ? '<w:bidi/>' : ''
  }${props.align ? `<w:jc w:val="${rtl && props.align === 'left' ? 'right' : props.align}"/>` : ''}${
    props.outline !== undefined ? `<w:outlineLvl w:val="${props.outline}"/>` : ''
  }</w:pPr>`;
}

function paragraphStyle(
  id: string,
  name: string,
  run: RunProps,
  para: ParaProps,
  rtl: boolean,
  extra: { basedOn?: string; next?: string; quick?: boolean } = {},
): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${esc(name)}"/>${
    extra.basedOn === '' ? '' : `<w:basedOn w:val="${extra.basedOn ?? 'Normal'}"/>`
  }${extra.next ? `<w:next w:val="${extra.next}"/>` : ''}${extra.quick ? '<w:qFormat/>' : ''}${pPr(para, rtl)}${rPr(run)}</w:style>`;
}

function characterStyle(id: string, name: string, run: RunProps): string {
  return `<w:style w:type="character" w:styleId="${id}"><w:name w:val="${esc(name)}"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/>${rPr(run)}</w:style>`;
}

const border = (side: string, size: number, color: string) =>
  `<w:${side} w:val="${size > 0 ? 'single' : 'nil'}" w:sz="${Math.round(size * 8)}" w:space="0" w:color="${color}"/>`;

function tableStyle(
  id: string,
  name: string,
  options: {
    borders: { top?: number; bottom?: number; insideH?: number; left?: number; color: string };
    margins: { top: number; bottom: number; left: number; right: number };
    fill?: string;
    firstRow?: { fill: string };
    firstCol?: { fill: string };
  },
): string {
  const b = options.borders;
  const m = options.margins;
  const cellMar = `<w:tblCellMar><w:top w:w="${twips(m.top)}" w:type="dxa"/><w:left w:w="${twips(m.left)}" w:type="dxa"/><w:bottom w:w="${twips(
    m.bottom,
  )}" w:type="dxa"/><w:right w:w="${twips(m.right)}" w:type="dxa"/></w:tblCellMar>`;
  const conditional = (type: string, fill: string) =>
    `<w:tblStylePr w:type="${type}"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${fill}"/></w:tcPr></w:tblStylePr>`;
  return `<w:style w:type="table" w:styleId="${id}"><w:name w:val="${esc(name)}"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:tblPr><w:tblBorders>${border(
    'top',
    b.top ?? 0,
    b.color,
  )}${border('left', b.left ?? 0, b.left ? b.color : 'auto')}${border('bottom', b.bottom ?? 0, b.color)}${border('right', 0, 'auto')}${border(
    'insideH',
    b.insideH ?? 0,
    b.color,
  )}${border('insideV', 0, 'auto')}</w:tblBorders>${cellMar}</w:tblPr>${
    options.fill ? `<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${options.fill}"/></w:tcPr>` : ''
  }${options.firstRow ? conditional('firstRow', options.firstRow.fill) : ''}${options.firstCol ? conditional('firstCol', options.firstCol.fill) : ''}</w:style>`;
}

/** The whole styles part for a document in `language`, right to left when `rtl`. */
export function stylesXml(options: { language: string; rtl: boolean; accent: string }): string {
  const { rtl } = options;
  const s = TYPE_SCALE;
  const p = PALETTE;
  const lang = esc(options.language);
  const cellMargins = { top: 3, bottom: 3, left: 5, right: 5 };
  const heading = (level: number, size: number, color: string, before: number) =>
    paragraphStyle(
      STYLE.heading[level - 1]!,
      `heading ${level}`,
      { size, bold: true, color },
      { before, after: 6, keepNext: true, keepLines: true, outline: level - 1 },
      rtl,
      { next: 'Normal', quick: true },
    );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${DOCX_FONT}" w:hAnsi="${DOCX_FONT}" w:eastAsia="${DOCX_FONT}" w:cs="${DOCX_FONT}"/><w:color w:val="${p.ink}"/><w:sz w:val="${half(
    s.body,
  )}"/><w:szCs w:val="${half(s.body)}"/><w:lang w:val="${lang}" w:eastAsia="${lang}" w:bidi="${lang}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="${twips(
    5,
  )}" w:line="276" w:lineRule="auto"/>${rtl ? '<w:bidi/>' : ''}</w:pPr></w:pPrDefault></w:docDefaults>${[
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>${pPr({}, rtl)}</w:style>`,
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>`,
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`,
    `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>`,
    paragraphStyle(
      STYLE.title,
      'Title',
      { size: s.title, bold: true, color: p.brand },
      { before: 0, after: 10, line: 264 },
      rtl,
      { quick: true },
    ),
    paragraphStyle(STYLE.subtitle, 'Subtitle', { size: s.subtitle, color: p.muted }, { after: 12 }, rtl, {
      quick: true,
    }),
    paragraphStyle(
      STYLE.eyebrow,
      'Eyebrow',
      { size: s.eyebrow, bold: true, color: p.brand, caps: true, spacing: 1 },
      { before: 180, after: 8 },
      rtl,
    ),
    paragraphStyle(
      STYLE.accentRule,
      'Accent Rule',
      { size: 4 },
      {
        after: 18,
        indent: { left: 0 },
        border: `<w:pBdr><w:bottom w:val="single" w:sz="24" w:space="1" w:color="${options.accent}"/></w:pBdr>`,
      },
      rtl,
    ),
    heading(1, s.h1, p.brand, 12),
    heading(2, s.h2, p.brand, 14),
    heading(3, s.h3, p.ink, 10),
    heading(4, s.h4, p.lead, 6),
    paragraphStyle(STYLE.lead, 'Lead', { size: s.lead, color: p.lead }, { after: 8 }, rtl, { quick: true }),
    paragraphStyle(STYLE.small, 'Small', { size: s.small, color: p.muted }, { after: 6 }, rtl, { quick: true }),
    paragraphStyle(STYLE.tableText, 'Table Text', { size: s.table }, { after: 0, line: 252 }, rtl, { quick: true }),
    paragraphStyle(STYLE.tableCompact, 'Table Text Compact', { size: s.compact }, { after: 0, line: 252 }, rtl, {
      basedOn: STYLE.tableText,
    }),
    paragraphStyle(STYLE.tableHeading, 'Table Heading', { bold: true, color: p.brand }, { keepNext: true }, rtl, {
      basedOn: STYLE.tableText,
    }),
    paragraphStyle(STYLE.tableMark, 'Table Mark', {}, { align: 'center' }, rtl, { basedOn: STYLE.tableCompact }),
    paragraphStyle(STYLE.tableLabel, 'Table Label', { bold: true }, {}, rtl, { basedOn: STYLE.tableText }),
    paragraphStyle(STYLE.noteText, 'Note Text', {}, { after: 0 }, rtl),
    paragraphStyle(STYLE.listBullet, 'List Bullet', {}, { after: 3, indent: { left: 360, hanging: 240 } }, rtl, {
      quick: true,
    }),
    paragraphStyle(STYLE.badges, 'Badges', { size: s.badge }, { after: 8, line: 300 }, rtl),
    paragraphStyle(STYLE.coverLabel, 'Cover Label', { size: s.coverFacts, color: p.muted }, { after: 2 }, rtl),
    paragraphStyle(STYLE.coverValue, 'Cover Value', { size: s.coverFacts, bold: true }, { after: 2 }, rtl),
    paragraphStyle(STYLE.signOffRole, 'Sign-off Role', { bold: true }, { before: 9, after: 9 }, rtl, {
      basedOn: STYLE.tableText,
    }),
    paragraphStyle(
      STYLE.contentsHeading,
      'TOC Heading',
      { size: s.h1, bold: true, color: p.brand },
      { after: 10 },
      rtl,
    ),
    paragraphStyle('TOC1', 'toc 1', { bold: true }, { before: 3, after: 2 }, rtl, { next: 'Normal' }),
    paragraphStyle('TOC2', 'toc 2', {}, { after: 2, indent: { left: 280 } }, rtl, { next: 'Normal' }),
    paragraphStyle(
      STYLE.header,
      'header',
      { size: s.running, color: p.muted },
      {
        after: 0,
        border: `<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="${p.line}"/></w:pBdr>`,
      },
      rtl,
    ),
    paragraphStyle(
      STYLE.footer,
      'footer',
      { size: s.running, color: p.muted },
      { after: 0, align: rtl ? 'left' : 'right' },
      rtl,
    ),
    characterStyle(STYLE.strong, 'Strong', { bold: true }),
    characterStyle(STYLE.emphasis, 'Emphasis', { italic: true }),
    characterStyle(STYLE.hyperlink, 'Hyperlink', { color: p.brand, underline: true }),
    characterStyle(STYLE.badge, 'Badge', { bold: true, size: s.badge, color: p.ink }),
    characterStyle(STYLE.tones.muted, 'Muted', { italic: true, color: p.tones.muted }),
    characterStyle(STYLE.tones.error, 'Tone Error', { bold: true, color: p.tones.error }),
    characterStyle(STYLE.tones.warning, 'Tone Warning', { bold: true, color: p.tones.warning }),
    characterStyle(STYLE.tones.success, 'Tone Success', { bold: true, color: p.tones.success }),
    characterStyle(STYLE.tones.advice, 'Tone Advice', { bold: true, color: p.tones.advice }),
    tableStyle(STYLE.tables.data, 'Data Table', {
      borders: { bottom: 0.5, insideH: 0.5, color: p.line },
      margins: cellMargins,
      firstRow: { fill: p.headerFill },
    }),
    tableStyle(STYLE.tables.keyValue, 'Key Value Table', {
      borders: { top: 0.5, bottom: 0.5, insideH: 0.5, color: p.line },
      margins: cellMargins,
      firstCol: { fill: p.labelFill },
    }),
    ...(['info', 'warning', 'success'] as const).map((tone) =>
      tableStyle(STYLE.tables.note[tone], `Note ${tone[0]!.toUpperCase()}${tone.slice(1)}`, {
        borders: { left: 3, color: p.notes[tone].border },
        margins: { top: 5, bottom: 5, left: 8, right: 8 },
        fill: p.notes[tone].fill,
      }),
    ),
    tableStyle(STYLE.tables.signOff, 'Sign-off Table', {
      borders: { bottom: 0.75, insideH: 0.75, color: p.muted },
      margins: cellMargins,
    }),
    tableStyle(STYLE.tables.plain, 'Plain Table', {
      borders: { color: 'auto' },
      margins: { top: 2, bottom: 2, left: 0, right: 5 },
    }),
  ].join('')}</w:styles>`;
}
