// The same content as our exported documents, as one HTML page, so peers (pandoc, Chromium,
// LibreOffice) can be timed on it. Built from the public document model (ExportService.model),
// so it follows the documents as they change; a block type this file does not know yet is still
// written out as its text, so the peers never get less content than our exporter.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentModel, Inline } from '../shared/document';
import { PALETTE } from '../shared/document/theme';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function runs(line: readonly Inline[]): string {
  return line
    .map((inline) => {
      if (typeof inline === 'string') return escape(inline);
      let html = escape(inline.text);
      if (inline.bold) html = `<strong>${html}</strong>`;
      if (inline.italic) html = `<em>${html}</em>`;
      if (inline.link) html = `<a href="${escape(inline.link)}">${html}</a>`;
      return inline.tone ? `<span style="color:#${PALETTE.tones[inline.tone]}">${html}</span>` : html;
    })
    .join('');
}

/** Every string inside an unknown block, so its text reaches the peers too. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

function block(b: DocumentModel['blocks'][number]): string {
  const any = b as { type: string } & Record<string, unknown>;
  switch (b.type) {
    case 'heading':
      return `<h${b.level}>${escape(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p${b.style ? ` class="${b.style}"` : ''}>${runs(b.content)}</p>`;
    case 'bullets':
      return `<ul>${b.items.map((item) => `<li>${runs(item)}</li>`).join('')}</ul>`;
    case 'table': {
      const total = b.columns.reduce((sum, c) => sum + c.width, 0);
      return (
        `<table${b.compact ? ' class="compact"' : ''}><colgroup>${b.columns
          .map((c) => `<col style="width:${((c.width / total) * 100).toFixed(1)}%">`)
          .join('')}</colgroup>` +
        `<thead><tr>${b.columns.map((c) => `<th>${escape(c.title)}</th>`).join('')}</tr></thead><tbody>` +
        b.rows
          .map(
            (row) =>
              `<tr>${row
                .map(
                  (cell) =>
                    `<td${cell.shade ? ` style="background:#${cell.shade === 'gap' ? PALETTE.gapFill : PALETTE.linkFill}"` : ''}>${cell.lines
                      .map((line) => `<p>${runs(line)}</p>`)
                      .join('')}</td>`,
                )
                .join('')}</tr>`,
          )
          .join('') +
        '</tbody></table>'
      );
    }
    case 'keyValue':
      return `<table class="kv"><tbody>${b.rows
        .map(
          (row) =>
            `<tr><th>${escape(row.label)}${row.note ? `<br><small>${escape(row.note)}</small>` : ''}</th><td>${row.value
              .map((line) => `<p>${runs(line)}</p>`)
              .join('')}</td></tr>`,
        )
        .join('')}</tbody></table>`;
    case 'note':
      return `<div class="note">${b.content.map((line) => `<p>${runs(line)}</p>`).join('')}</div>`;
    case 'badges':
      return `<p>${b.items.map((item) => `<span class="badge" style="border-color:#${item.color}">${escape(item.text)}</span>`).join(' ')}</p>`;
    case 'signOff':
      return `<table><thead><tr><th></th><th>${escape(b.labels.name)}</th><th>${escape(b.labels.signature)}</th><th>${escape(b.labels.date)}</th></tr></thead><tbody>${b.roles
        .map((role) => `<tr><th>${escape(role)}</th><td></td><td></td><td></td></tr>`)
        .join('')}</tbody></table>`;
    case 'pageBreak':
      return '<div class="break"></div>';
    default:
      return texts(any)
        .filter((text) => text !== any.type)
        .map((text) => `<p>${escape(text)}</p>`)
        .join('');
  }
}

/** The document as an HTML page: A4, Noto Sans embedded, repeated table headers, headings kept with what follows. */
export function documentHtml(
  model: DocumentModel,
  fontsDir = join(import.meta.dirname, '../templates/documents/fonts'),
): string {
  const font = (file: string, weight: number, style: string) =>
    `@font-face{font-family:"Noto Sans";src:url("${pathToFileURL(join(fontsDir, file)).href}");font-weight:${weight};font-style:${style}}`;
  const cover = model.cover
    ? `<section class="cover"><p class="eyebrow">${escape(model.cover.eyebrow)}</p><h1 class="title">${escape(model.cover.title)}</h1>` +
      `<p class="lead">${escape(model.cover.subtitle)}</p><table class="kv"><tbody>${model.cover.facts
        .map((f) => `<tr><th>${escape(f.label)}</th><td>${escape(f.value)}</td></tr>`)
        .join('')}</tbody></table></section><div class="break"></div>`
    : '';
  const contents = model.tableOfContents
    ? `<h1>${escape(model.labels.contents)}</h1><ul>${model.blocks
        .filter((b) => b.type === 'heading' && b.level === 1)
        .map((b) => `<li>${escape((b as { text: string }).text)}</li>`)
        .join('')}</ul><div class="break"></div>`
    : '';
  return `<!doctype html>
<html lang="${escape(model.language)}" dir="${model.direction}"><head><meta charset="utf-8"><title>${escape(model.properties.title)}</title><meta name="running-header" content="${escape(model.header)}">
<style>
${font('NotoSans-Regular.ttf', 400, 'normal')}${font('NotoSans-Bold.ttf', 700, 'normal')}${font('NotoSans-Italic.ttf', 400, 'italic')}${font('NotoSans-BoldItalic.ttf', 700, 'italic')}
@page{size:A4;margin:20mm 18mm}
body{font-family:"Noto Sans",sans-serif;font-size:9.5pt;line-height:1.25;color:#101828}
h1{font-size:17pt;color:#1F4E79}
h2{font-size:12.5pt;color:#1F4E79}
h3{font-size:10.5pt}
h1,h2,h3{break-after:avoid}
.cover h1{font-size:26pt}
table{width:100%;border-collapse:collapse;margin:4pt 0 8pt}
th,td{border:0.5pt solid #D0D5DD;padding:3pt 4pt;text-align:start;vertical-align:top}
thead{display:table-header-group}
thead th{background:#E8EEF5}
tr{break-inside:avoid}
table.compact{font-size:8pt}
td p,th p{margin:0}
.note{border-left:2pt solid #1F4E79;background:#EEF4FB;padding:4pt 8pt;margin:6pt 0}
.badge{border:1pt solid;border-radius:3pt;padding:1pt 4pt}
.break{break-after:page}
.lead{font-size:10.5pt;color:#475467}.small{font-size:8pt;color:#667085}
</style></head><body>
${cover}${contents}${model.blocks.map(block).join('\n')}
</body></html>
`;
}
