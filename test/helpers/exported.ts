import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';

/** The parts of a DOCX (a zip of XML files), by path. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/** The text of every w:t run, one paragraph per line, entities decoded: what a reader sees. */
export function docxText(bytes: Uint8Array): string {
  const xml = docxParts(bytes)['word/document.xml']!;
  return xml
    .split('</w:p>')
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((match) => match[1]!.replace(/&(lt|gt|amp|quot|apos);/g, (entity) => ENTITIES[entity]!))
        .join(''),
    )
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Whether every XML part of the DOCX is well-formed (a strict parser, not a regex). */
export function docxXmlProblems(bytes: Uint8Array): string[] {
  return Object.entries(docxParts(bytes))
    .filter(([path]) => path.endsWith('.xml') || path.endsWith('.rels'))
    .flatMap(([path, xml]) => {
      const result = XMLValidator.validate(xml);
      return result === true ? [] : [`${path}: ${result.err.msg}`];
    });
}

/** Runs a poppler tool (pdftotext, pdfinfo, pdffonts) on PDF bytes and returns its output. */
export function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'cd-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    const args = tool === 'pdftotext' ? ['-enc', 'UTF-8', file, '-'] : [file];
    return execFileSync(tool, args, { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdftotext breaks lines and may hyphenate; compare on whitespace-collapsed text. */
export const collapse = (text: string) => text.replace(/\s+/g, ' ');

/**
 * Whether `phrase` is in a PDF's text. pdftotext interleaves the lines of table cells that sit
 * side by side (a narrow rubric cell may hold one word per line), so a cell's text is checked
 * as all its words in order, other text allowed between its wrapped lines.
 */
export function pdfContains(text: string, phrase: string): boolean {
  const flat = collapse(text);
  // Lines also break after hyphens ("co-" / "created"): compare hyphen-split words.
  const words = phrase.split(/[\s-]+/).filter(Boolean);
  const tokens = flat.split(/[\s-]+/);
  let at = 0;
  for (const word of words) {
    while (at < tokens.length && !tokens[at]!.includes(word)) at++;
    if (at++ >= tokens.length) return false;
  }
  return true;
}
