import { lineText, type DocumentModel, type Line } from '../../shared/document/model';

/** Text that breaks naive exporters: markup characters, Greek, Romanian, RTL, emoji, a long word. */
export const HARD_TEXT = {
  markup: 'Costs < benefits & "quotes" \'single\' </w:t> ]]>',
  greek: 'Ανάλυση της αστικής θερμότητας',
  romanian: 'Școală, învățare și țară: ăâîșț ĂÂÎȘȚ',
  rtl: 'עברית ותחבורה ציבורית',
  arabic: 'النقل العام',
  emoji: 'Team spirit 🌍🚲✨',
  longWord: 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenberechnungsgrundlage',
};

/** Every block type once, with hard text in each, for renderer tests. */
export function kitchenSinkDocument(): DocumentModel {
  return {
    kind: 'proposal',
    language: 'en',
    direction: 'ltr',
    properties: {
      title: `Kitchen sink: ${HARD_TEXT.markup}`,
      subject: 'Micro-credential proposal',
      author: 'Ana Pop; Γιώργος Παπαδόπουλος',
      keywords: ['SDG 11', 'challenge-based learning'],
      description: 'A test document',
    },
    header: 'Kitchen sink — proposal',
    labels: { page: 'Page', of: 'of', contents: 'Contents' },
    cover: {
      eyebrow: 'Micro-credential proposal',
      title: `Kitchen sink: ${HARD_TEXT.markup}`,
      subtitle: HARD_TEXT.greek,
      facts: [
        { label: 'Institutions', value: 'Universitatea din București' },
        { label: 'Authors', value: 'Ana Pop, Γιώργος Παπαδόπουλος' },
        { label: 'Date', value: '23 November 2026' },
        { label: 'Version', value: '1.2' },
      ],
      accent: 'F99D26',
    },
    tableOfContents: true,
    blocks: [
      { type: 'heading', level: 1, text: 'Micro-credential specification' },
      {
        type: 'paragraph',
        content: ['Lead paragraph with ', { text: 'bold', bold: true }, ' and ', { text: 'italic', italic: true }],
        style: 'lead',
      },
      { type: 'heading', level: 2, text: `Languages ${HARD_TEXT.romanian}` },
      { type: 'paragraph', content: [HARD_TEXT.greek] },
      { type: 'paragraph', content: [HARD_TEXT.rtl, ' / ', HARD_TEXT.arabic] },
      { type: 'paragraph', content: [HARD_TEXT.emoji] },
      { type: 'paragraph', content: [HARD_TEXT.longWord], style: 'small' },
      {
        type: 'badges',
        items: [
          { text: 'SDG 11 Sustainable cities', color: 'F99D26' },
          { text: 'SDG 13 Climate action', color: '3F7E44' },
        ],
      },
      {
        type: 'bullets',
        items: [
          ['First outcome: ', HARD_TEXT.markup],
          [{ text: 'Second', bold: true }, ' outcome'],
        ],
      },
      { type: 'heading', level: 3, text: 'Annex I' },
      {
        type: 'keyValue',
        rows: [
          { label: 'Identification of the learner', value: [['Completed at issuing']], note: 'filled when issued' },
          { label: 'Notional workload (ECTS)', value: [['4 ECTS'], ['100-120 hours']] },
        ],
      },
      {
        type: 'table',
        columns: [
          { title: 'Criterion', width: 2 },
          { title: 'Excellent', width: 3 },
          { title: 'Insufficient', width: 3 },
        ],
        rows: Array.from({ length: 40 }, (_, i) => [
          { lines: [[{ text: `Criterion ${i + 1}`, bold: true }]] },
          { lines: [[`Excellent descriptor ${i + 1} ${HARD_TEXT.markup}`]] },
          { lines: [['Insufficient descriptor'], ['second line']], fill: i % 5 === 0 ? 'FDE2E1' : undefined },
        ]),
        compact: true,
      },
      { type: 'note', tone: 'warning', content: [['2 errors remain: ', { text: 'this is a draft', bold: true }]] },
      { type: 'note', tone: 'success', content: [['Ready for approval']] },
      { type: 'note', tone: 'info', content: [['For information']] },
      { type: 'pageBreak' },
      { type: 'heading', level: 1, text: 'Sign-off' },
      {
        type: 'signOff',
        roles: ['Programme coordinator', 'Head of department'],
        labels: { name: 'Name', signature: 'Signature', date: 'Date' },
      },
    ],
  };
}

/** All text of a document tree, one block per line (for asserting content independent of format). */
export function documentText(doc: DocumentModel): string {
  const lines: string[] = [];
  const line = (content: Line) => lines.push(lineText(content));
  if (doc.cover)
    lines.push(
      doc.cover.eyebrow,
      doc.cover.title,
      doc.cover.subtitle,
      ...doc.cover.facts.map((f) => `${f.label}: ${f.value}`),
    );
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'heading':
        lines.push(block.text);
        break;
      case 'paragraph':
        line(block.content);
        break;
      case 'bullets':
        block.items.forEach(line);
        break;
      case 'table':
        lines.push(block.columns.map((c) => c.title).join(' | '));
        for (const row of block.rows) lines.push(row.map((c) => c.lines.map(lineText).join(' / ')).join(' | '));
        break;
      case 'keyValue':
        for (const row of block.rows) lines.push(`${row.label}: ${row.value.map(lineText).join(' / ')}`);
        break;
      case 'note':
        block.content.forEach(line);
        break;
      case 'badges':
        lines.push(block.items.map((i) => i.text).join(' · '));
        break;
      case 'signOff':
        lines.push(...block.roles);
        break;
      case 'pageBreak':
        break;
    }
  }
  return lines.join('\n');
}
