import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderInline } from '../../../main/services/export/render-document';
import { exportWorkerFile, RenderThread } from '../../../main/services/export/render-thread';
import { HARD_TEXT, kitchenSinkDocument } from '../../helpers/documents';
import { collapse, docxText, poppler } from '../../helpers/exported';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FONTS = join(ROOT, 'templates', 'documents', 'fonts');

// The thread runs the built worker, so build it from the current source first.
beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-main.mjs'], { cwd: ROOT, stdio: 'inherit' });
}, 60_000);

describe('export render thread', () => {
  const thread = new RenderThread();
  afterAll(() => thread.close());

  it('renders DOCX and PDF in a worker, with the same content as inline rendering', async () => {
    expect(RenderThread.available()).toBe(true);
    const [docx, pdf] = await Promise.all([
      thread.render(kitchenSinkDocument(), 'docx', FONTS),
      thread.render(kitchenSinkDocument(), 'pdf', FONTS),
    ]);
    expect(docxText(docx)).toContain(HARD_TEXT.greek);
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    expect(collapse(poppler('pdftotext', pdf))).toContain(HARD_TEXT.romanian);
  });

  it('keeps the calling thread free while a document renders', async () => {
    const big = kitchenSinkDocument();
    for (let i = 0; i < 6; i++) big.blocks.push(...kitchenSinkDocument().blocks);
    /** The longest stretch during which the event loop could not run a timer. */
    const longestStall = async (work: () => Promise<unknown>) => {
      let last = performance.now();
      let longest = 0;
      const timer = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }, 2);
      await work();
      clearInterval(timer);
      return Math.max(longest, performance.now() - last);
    };
    await thread.render(kitchenSinkDocument(), 'pdf', FONTS); // warm the worker up
    const inline = await longestStall(() => renderInline(big, 'pdf', FONTS));
    const threaded = await longestStall(() => thread.render(big, 'pdf', FONTS));
    // Inline, PDF layout blocks the loop in long stretches (~60 ms here); threaded, only messages remain.
    expect(inline).toBeGreaterThan(20);
    expect(threaded).toBeLessThan(inline / 2);
  });

  it('fails with a clear message, and recovers, when the worker cannot run', async () => {
    const broken = new RenderThread(join(ROOT, 'no-such-worker.js'));
    await expect(broken.render(kitchenSinkDocument(), 'pdf', FONTS)).rejects.toThrow(/could not be produced/);
    await broken.close();
    expect(exportWorkerFile()).toMatch(/dist[\\/]main[\\/]services[\\/]export[\\/]worker\.js$/);
  });
});
