import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderInline } from '../../../main/services/export/render-document';
import { runCredential } from '../../../main/api/credential-handlers';
import { ServiceError } from '../../../main/services/errors';
import { CredentialJobError, exportWorkerFile, RenderThread } from '../../../main/services/export/render-thread';
import { describedOf, errorDetails, errorMessage, message, MessageError } from '../../../shared/errors';
import { createTranslator } from '../../../shared/i18n';
import { HARD_TEXT, kitchenSinkDocument } from '../../helpers/documents';
import { collapse, docxText, poppler } from '../../helpers/exported';
import { loadExample } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FONTS = join(ROOT, 'templates', 'documents', 'fonts');
const tempDir = useTempDirs();

/** A worker file that starts (says ready) and then behaves as `onMessage` says. */
function fakeWorker(onMessage: string): string {
  const file = join(tempDir(), 'worker.mjs');
  writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads';\n${onMessage}\nparentPort.postMessage({ ready: true });\n`,
  );
  return file;
}

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

  it('renders in process, and says why, when the thread cannot start', async () => {
    const log = vi.fn();
    const broken = new RenderThread(join(ROOT, 'no-such-worker.js'), log);
    const pdf = await broken.render(kitchenSinkDocument(), 'pdf', FONTS);
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toMatch(
      /render in the main process: the export thread could not start \(.*no-such-worker/,
    );
    expect(broken.fallbackReason).toMatch(/no-such-worker/);
    expect(docxText(await broken.render(kitchenSinkDocument(), 'docx', FONTS))).toContain(HARD_TEXT.greek);
    expect(log).toHaveBeenCalledTimes(1);
    await broken.close();
    expect(exportWorkerFile()).toMatch(/dist[\\/]main[\\/]services[\\/]export[\\/]worker\.js$/);
  });

  it('renders in process when the thread starts but cannot load the document libraries', async () => {
    const worker = fakeWorker(
      `parentPort.on('message', (request) => parentPort.postMessage({ id: request.id, ok: false, broken: true, message: "Cannot find package 'pdfmake'" }));`,
    );
    const log = vi.fn();
    const thread = new RenderThread(worker, log);
    const [first, second] = await Promise.all([
      thread.render(kitchenSinkDocument(), 'pdf', FONTS),
      thread.render(kitchenSinkDocument(), 'docx', FONTS),
    ]);
    expect(new TextDecoder().decode(first.slice(0, 5))).toBe('%PDF-');
    expect(docxText(second)).toContain(HARD_TEXT.greek);
    expect(thread.fallbackReason).toBe("Cannot find package 'pdfmake'");
    expect(log).toHaveBeenCalledTimes(1);
    await thread.close();
  });

  it('fails one export with a clear message when the running thread dies, then starts afresh', async () => {
    const worker = fakeWorker(`parentPort.on('message', () => process.exit(3));`);
    const log = vi.fn();
    const thread = new RenderThread(worker, log);
    await expect(thread.render(kitchenSinkDocument(), 'pdf', FONTS)).rejects.toThrow(
      /could not be produced \(the export thread stopped with code 3\)/,
    );
    await expect(thread.render(kitchenSinkDocument(), 'pdf', FONTS)).rejects.toThrow(/could not be produced/);
    expect(thread.fallbackReason).toBeNull();
    expect(log).not.toHaveBeenCalled();
    await thread.close();
  });
});

describe('credential jobs in the export thread (issue #19)', () => {
  const thread = new RenderThread();
  afterAll(() => thread.close());
  const design = loadExample('theme');

  it('exports, validates for Europass and imports in the worker, with plain-data results', async () => {
    const file = await thread.runJob({ kind: 'export', design, format: 'elm' });
    expect(file.fileName).toMatch(/-europass\.jsonld$/);
    expect(JSON.parse(new TextDecoder().decode(file.bytes))).toMatchObject({ type: 'LearningOpportunity' });
    const broken = { ...design, offering: { ...design.offering, homepage: '' } };
    const validation = await thread.runJob({ kind: 'validate-europass', design: broken });
    expect(validation.conforms).toBe(false);
    expect(validation.findings.map((f) => f.path)).toEqual(['credential.offering.homepage']);
    const back = await thread.runJob({ kind: 'import', text: new TextDecoder().decode(file.bytes) });
    expect(back.design.title).toBe(design.title);
    // The thread did the work: the calling thread (this test) never ran a job inline.
    expect(thread.fallbackReason).toBeNull();
  });

  it('keeps the class of a refusal, so the API can say "this is not a credential"', async () => {
    await expect(thread.runJob({ kind: 'import', text: '{"title": ' })).rejects.toMatchObject({
      name: 'CredentialFileError',
      message: expect.stringMatching(/not valid JSON/),
    });
  });

  it('keeps the key and params of a refusal, so the API shows it in the reader’s language', async () => {
    const rejected = await thread.runJob({ kind: 'import', text: '{"title": ' }).catch((error: unknown) => error);
    expect(rejected).toBeInstanceOf(CredentialJobError);
    expect(rejected).toMatchObject({
      name: 'CredentialFileError',
      key: 'errors.credentials.notJson',
      params: { reason: expect.stringMatching(/JSON/) },
    });
    const refused = await runCredential(thread.runJob, { kind: 'import', text: '[1, 2]' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ServiceError);
    expect(refused).toMatchObject({ code: 'invalid-credential', key: 'errors.credentials.notAnObject' });
    expect((refused as ServiceError).message).toBe(
      'This file is not a Europass (ELM) or Open Badges 3.0 document: it holds no JSON object.',
    );
    expect(errorMessage(createTranslator('de'), refused)).toBe(
      'Diese Datei ist kein Europass-(ELM)- oder Open-Badges-3.0-Dokument: sie enthält kein JSON-Objekt.',
    );
    expect(thread.fallbackReason).toBeNull();
  });

  it('a library’s failure crosses the thread keyed: its own words stay a param, details keep their keys', async () => {
    // What the worker replies for a JSON-LD failure during a validation (a structured clone: no class).
    const said = message('errors.credentials.notJsonLd', { reason: 'Safe mode validation error. ("madeUpTerm")' });
    const detail = message('errors.credentials.unknownContext', { url: 'https://example.org/ctx' });
    const worker = fakeWorker(
      `parentPort.on('message', (request) => parentPort.postMessage({ id: request.id, ...${JSON.stringify({
        ok: false,
        name: 'JsonLdError',
        ...describedOf(new MessageError(said, [detail, 'plain English'])),
      })} }));`,
    );
    const fake = new RenderThread(worker, vi.fn());
    try {
      const failed = await runCredential(fake.runJob, { kind: 'validate-europass', design }).catch((e: unknown) => e);
      expect(failed).toMatchObject({ code: 'export-failed', key: 'errors.export.credentialDesignNotValidated' });
      expect((failed as ServiceError).message).toBe(
        'The design could not be validated as a credential: The document is not valid JSON-LD in safe mode: Safe mode validation error. ("madeUpTerm") Your work is kept; try again.',
      );
      expect(errorMessage(createTranslator('fr'), failed)).toBe(
        'Le projet n’a pas pu être validé au format Europass ou Open Badges\u00a0: Le document n’est pas du JSON-LD valide en mode sûr\u00a0: Safe mode validation error. ("madeUpTerm") Votre travail est conservé\u202f; réessayez.',
      );
      const job = await fake.runJob({ kind: 'import', text: '{}' }).catch((e: unknown) => e);
      expect(job).toMatchObject({ name: 'JsonLdError', key: said.key, params: said.params });
      expect((job as CredentialJobError).detailKeys).toEqual([{ key: detail.key, params: detail.params }, null]);
      expect(errorDetails(createTranslator('sv'), job)).toEqual([
        'Dokumentet hänvisar till kontexten https://example.org/ctx, som Challenge Designer inte känner till; bara kontexterna för Europass (ELM) och Open Badges 3.0 läses, offline.',
        'plain English',
      ]);
    } finally {
      await fake.close();
    }
  });

  it('runs the job in process when the thread cannot start', async () => {
    const log = vi.fn();
    const broken = new RenderThread(join(tempDir(), 'missing.mjs'), log);
    const file = await broken.runJob({ kind: 'export', design, format: 'ob3' });
    expect(JSON.parse(new TextDecoder().decode(file.bytes))).toMatchObject({ achievementType: 'MicroCredential' });
    expect(log).toHaveBeenCalledOnce();
    await broken.close();
  });
});
