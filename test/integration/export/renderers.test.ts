import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../main/services/export/docx-renderer';
import { renderPdf } from '../../../main/services/export/pdf-renderer';
import { HARD_TEXT, kitchenSinkDocument } from '../../helpers/documents';
import { collapse, docxParts, docxText, docxXmlProblems, poppler } from '../../helpers/exported';
import { useTempDirs } from '../../helpers/temp';
import { writeFileSync } from 'node:fs';

const FONTS = join(import.meta.dirname, '..', '..', '..', 'templates', 'documents', 'fonts');

/** Text a naive exporter would break: controls, a lone surrogate, a non-character. */
const BROKEN_TEXT = 'bell\u0007 lone\ud800 surrogate \ufffe end';

const tempDir = useTempDirs();

describe('DOCX renderer', () => {
  it('keeps every piece of hard text, escaped into well-formed XML', async () => {
    const bytes = await renderDocx(kitchenSinkDocument());
    const text = docxText(bytes);
    for (const value of [
      HARD_TEXT.markup,
      HARD_TEXT.greek,
      HARD_TEXT.romanian,
      HARD_TEXT.rtl,
      HARD_TEXT.emoji,
      HARD_TEXT.longWord,
    ])
      expect(text).toContain(value);
    expect(docxXmlProblems(bytes)).toEqual([]);
  });

  it('uses real Word structure: heading styles, repeated table headers, bullets, a TOC field, page numbers, properties', async () => {
    const parts = docxParts(await renderDocx(kitchenSinkDocument()));
    const body = parts['word/document.xml']!;
    for (const style of ['Heading1', 'Heading2', 'Heading3']) expect(body).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(body).toContain('<w:tblHeader/>');
    expect(body).toMatch(/<w:numPr>/);
    expect(body).toMatch(/TOC \\h \\o &quot;1-2&quot;/);
    const footer = Object.entries(parts).find(([path]) => /word\/footer\d*\.xml/.test(path))![1];
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(parts['docProps/core.xml']).toContain('Kitchen sink: Costs &lt; benefits');
    expect(parts['docProps/core.xml']).toContain('Γιώργος Παπαδόπουλος');
    expect(parts['word/styles.xml']).toContain('w:val="en"');
  });

  it('drops characters no XML may hold instead of producing a broken file', async () => {
    const doc = kitchenSinkDocument();
    doc.blocks.push({ type: 'paragraph', content: [BROKEN_TEXT] });
    const bytes = await renderDocx(doc);
    expect(docxXmlProblems(bytes)).toEqual([]);
    expect(docxText(bytes)).toContain('bell lone surrogate  end');
  });

  const soffice = (() => {
    try {
      execFileSync('soffice', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  it.runIf(soffice || process.env.CI)(
    'opens in LibreOffice, which converts it to a PDF with the same text',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'sink.docx'), await renderDocx(kitchenSinkDocument()));
      execFileSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          join(dir, 'sink.docx'),
        ],
        { stdio: 'ignore', timeout: 110_000 },
      );
      const { readFileSync } = await import('node:fs');
      const text = collapse(poppler('pdftotext', readFileSync(join(dir, 'sink.pdf'))));
      expect(text).toContain(HARD_TEXT.greek);
      expect(text).toContain(HARD_TEXT.romanian);
      expect(text).toMatch(/Page 3 of \d/);
    },
  );
});

describe('PDF renderer', () => {
  it('is a valid PDF with the hard text, the footer, and tables that run over pages', async () => {
    const bytes = await renderPdf(kitchenSinkDocument(), { fontsDir: FONTS });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = collapse(poppler('pdftotext', bytes));
    for (const value of [HARD_TEXT.markup, HARD_TEXT.greek, HARD_TEXT.romanian, HARD_TEXT.longWord])
      expect(text).toContain(value);
    expect(text).toContain('Criterion 40'); // the last row of a table longer than a page
    expect(text).toMatch(/Page 2 of \d/);
    const info = poppler('pdfinfo', bytes);
    expect(info).toMatch(/Title:\s+Kitchen sink: Costs < benefits/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(3);
  });

  it('embeds its own fonts only (no standard Type 1 fonts that lack Greek or ș ț)', async () => {
    const fonts = poppler('pdffonts', await renderPdf(kitchenSinkDocument(), { fontsDir: FONTS }));
    const rows = fonts.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/Noto/);
      expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes/);
    }
  });

  it('draws emoji and symbols from embedded fonts, and "�" only for a script no embedded font has', async () => {
    const doc = kitchenSinkDocument();
    doc.blocks.push({ type: 'paragraph', content: ['Marks ● → ✓ and 中文'] });
    const text = collapse(poppler('pdftotext', await renderPdf(doc, { fontsDir: FONTS })));
    expect(text).toContain('Team spirit 🌍🚲✨');
    expect(text).toContain('Marks ● → ✓ and \ufffd\ufffd');
    for (const word of HARD_TEXT.rtl.split(' ')) expect(text).toContain(word);
  });

  it('survives characters no document may hold', async () => {
    const doc = kitchenSinkDocument();
    doc.blocks.push({ type: 'paragraph', content: [BROKEN_TEXT] });
    const bytes = await renderPdf(doc, { fontsDir: FONTS });
    expect(collapse(poppler('pdftotext', bytes))).toContain('bell lone surrogate end');
  });

  it('passes qpdf --check', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'doc.pdf'), await renderPdf(kitchenSinkDocument(), { fontsDir: FONTS }));
    expect(execFileSync('qpdf', ['--check', join(dir, 'doc.pdf')], { encoding: 'utf8' })).toMatch(
      /No syntax or stream encoding errors/,
    );
  });
});
