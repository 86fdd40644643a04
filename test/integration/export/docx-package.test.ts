import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { docxCompiler, packDocx, packageParts, zipParts } from '../../../main/services/export/docx-package';
import { renderDocx } from '../../../main/services/export/docx-renderer';
import { HARD_TEXT, kitchenSinkDocument } from '../../helpers/documents';
import { docxText } from '../../helpers/exported';
import { useTempDirs } from '../../helpers/temp';

const tempDir = useTempDirs();

const sample = () =>
  new Document({
    title: 'Ș ț Ελληνικά',
    sections: [{ children: [new Paragraph({ children: [new TextRun(`${HARD_TEXT.greek} ${HARD_TEXT.markup}`)] })] }],
  });
const OVERRIDES = [{ path: 'docProps/custom.xml', data: '<?xml version="1.0"?><Properties/>' }];

/** Entry names in order, with their uncompressed bytes. */
const entries = (zip: Uint8Array) => Object.entries(unzipSync(zip)).map(([name, data]) => [name, Buffer.from(data)]);

afterEach(() => vi.restoreAllMocks());

describe('DOCX package zipped by zlib', () => {
  // Packer.compiler is not public API: if a docx update moves or changes it, this fails, and the
  // exporter would quietly fall back to docx's own (slower) zipping, so look at docx-package.ts.
  it("finds docx's compiler where docx 9.15 keeps it, giving the parts by path", () => {
    expect(docxCompiler()).toBeDefined();
    const parts = packageParts(sample(), OVERRIDES);
    expect(parts).toBeInstanceOf(Map);
    expect([...parts!.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
  });

  it('holds the same parts, in the same order and byte for byte, as docx’s own Packer', async () => {
    const ours = await packDocx(sample(), OVERRIDES);
    const theirs = await Packer.toBuffer(sample(), false, OVERRIDES);
    // Core properties carry the time of writing; everything else must be identical.
    const stable = (zip: Uint8Array) => entries(zip).filter(([name]) => name !== 'docProps/core.xml');
    expect(stable(ours)).toEqual(stable(theirs));
    expect(entries(ours).map(([name]) => name)).toEqual(entries(theirs).map(([name]) => name));
  });

  it('is the path the DOCX renderer takes, and the file passes unzip -t', async () => {
    const fallback = vi.spyOn(Packer, 'toBuffer');
    const bytes = await renderDocx(kitchenSinkDocument());
    expect(fallback).not.toHaveBeenCalled();
    expect(docxText(bytes)).toContain(HARD_TEXT.romanian);
    const file = join(tempDir(), 'kitchen-sink.docx');
    writeFileSync(file, bytes);
    expect(execFileSync('unzip', ['-tq', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
  });

  it('falls back to docx’s Packer when the compiler gives something else than parts by path', async () => {
    const compile = vi.spyOn(docxCompiler()!, 'compile').mockReturnValueOnce('not a map of parts');
    const fallback = vi.spyOn(Packer, 'toBuffer');
    const bytes = await packDocx(sample(), OVERRIDES);
    expect(compile).toHaveBeenCalledTimes(2); // ours, then Packer's own
    expect(fallback).toHaveBeenCalledOnce();
    expect(entries(bytes).map(([name]) => name)).toContain('word/document.xml');
  });

  it('leaves a package that would need ZIP64 (over 65,535 parts) to docx', () => {
    const parts = new Map(Array.from({ length: 65_536 }, (_, i) => [`p${i}.xml`, ''] as [string, string]));
    expect(zipParts(parts)).toBeUndefined();
    expect(zipParts(new Map([['a.xml', '<a/>']]))).toBeInstanceOf(Buffer);
  });
});
