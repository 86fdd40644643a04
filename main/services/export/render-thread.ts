import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DocumentModel, ExportFormat } from '../../../shared/document';
import { findTemplatesDir } from '../catalog/templates';
import {
  detailMessagesOf,
  message,
  MessageError,
  messageOfError,
  type Described,
  type Message,
} from '../../../shared/errors';
import { ServiceError } from '../errors';
import type { CredentialJob, CredentialJobResults } from '../credentials/credential-jobs';
import { renderInline, type DocumentRenderer } from './render-document';

export type RenderRequest = { id: number } & (
  | { model: DocumentModel; format: ExportFormat; fontsDir: string }
  /** Machine-readable credentials: export, validation (SHACL), import (credentials/credential-jobs.ts). */
  | { job: CredentialJob }
);
export type RenderResponse =
  | { ready: true }
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: true; result: unknown }
  /**
   * `broken`: the thread cannot render at all (the document libraries did not load there).
   * `name`: the error's class, so a credential job's refusal (a file that is no credential)
   * stays distinguishable from a failure. The sentence travels as key and params beside its
   * English (a structured clone keeps no class), so it can be shown in any language.
   */
  | ({ id: number; ok: false; message: string; name?: string; broken?: true } & Partial<Described>);

/** A credential job on the calling thread: the fallback, and the CLI (it needs no thread). */
export const runJobInline = async <J extends CredentialJob>(job: J): Promise<CredentialJobResults[J['kind']]> =>
  (await import('../credentials/credential-jobs')).runCredentialJob(job);

/** An error a credential job threw in the thread, with its class name, key, params and details kept. */
export class CredentialJobError extends MessageError {
  constructor(
    override readonly name: string,
    said: Partial<Described> & { message: string },
  ) {
    super(messageOfError(said), detailMessagesOf(said));
  }
}

/** The built worker; absent when running from source without `npm run build:main`. */
export const exportWorkerFile = () => join(findTemplatesDir(), '..', 'dist', 'main', 'services', 'export', 'worker.js');

/**
 * One long-lived worker thread that renders documents. Started on the first export; if it dies
 * during an export, that export fails with a clear message and the next one starts a fresh
 * thread. If the thread cannot start at all (its file or the document libraries do not load
 * there), exports render on the calling thread from then on, and the log says why: exports
 * always work, at worst without the thread's responsiveness.
 */
export class RenderThread {
  private worker: Worker | null = null;
  private nextId = 1;
  /** Why the thread could not start; set once, then every export renders inline. */
  private brokenBecause: string | null = null;
  private readonly pending = new Map<
    number,
    {
      request: RenderRequest;
      /** The same work on the calling thread, should the thread turn out not to start. */
      inline: () => Promise<unknown>;
      resolve: (value: unknown) => void;
      reject: (error: Error) => void;
    }
  >();

  constructor(
    private readonly workerFile = exportWorkerFile(),
    private readonly log: (message: string) => void = (message) => console.error(message),
  ) {}

  static available(workerFile = exportWorkerFile()): boolean {
    return existsSync(workerFile);
  }

  /** Why exports render on the calling thread, or null while the thread works (or has not started). */
  get fallbackReason(): string | null {
    return this.brokenBecause;
  }

  readonly render: DocumentRenderer = (model, format, fontsDir) =>
    this.send({ model, format, fontsDir }, () => renderInline(model, format, fontsDir)) as Promise<Uint8Array>;

  /**
   * Runs a credential job (export, "validate for Europass", import) in the thread: SHACL
   * validation takes a second of CPU the first time, which must not stall the window or the server.
   */
  readonly runJob = <J extends CredentialJob>(job: J): Promise<CredentialJobResults[J['kind']]> =>
    this.send({ job }, () => runJobInline(job)) as Promise<CredentialJobResults[J['kind']]>;

  private send(
    work: { model: DocumentModel; format: ExportFormat; fontsDir: string } | { job: CredentialJob },
    inline: () => Promise<unknown>,
  ): Promise<unknown> {
    if (this.brokenBecause !== null) return inline();
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      const request = { id, ...work } as RenderRequest;
      this.pending.set(id, { request, inline, resolve, reject });
      const worker = this.started();
      worker.ref(); // keep the process alive while an export is on its way
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  /** The thread cannot render: render what waits, and everything after, on this thread. */
  private fallBack(worker: Worker, reason: string): void {
    if (this.brokenBecause !== null) return;
    this.brokenBecause = reason;
    this.log(`Exports render in the main process: the export thread could not start (${reason}).`);
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
    for (const { inline, resolve, reject } of this.pending.values()) inline().then(resolve, reject);
    this.pending.clear();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    // Unreferenced while idle: an idle export thread never keeps the CLI or the server alive.
    const worker = new Worker(this.workerFile);
    let ready = false;
    worker.on('message', (response: RenderResponse) => {
      if ('ready' in response) {
        ready = true;
        return;
      }
      if (!response.ok && response.broken) return this.fallBack(worker, response.message);
      const waiting = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (this.pending.size === 0) worker.unref();
      if (!waiting) return;
      if (response.ok) waiting.resolve('bytes' in response ? response.bytes : response.result);
      else if ('job' in waiting.request) waiting.reject(new CredentialJobError(response.name ?? 'Error', response));
      else
        waiting.reject(
          new ServiceError('export-failed', message('errors.export.failed', { reason: messageOfError(response) })),
        );
    });
    const fail = (reason: string, said: Message) => {
      // A thread we stopped (close, fallback) or already gave up on ("error", then "exit").
      if (this.worker !== worker) return;
      if (!ready) return this.fallBack(worker, reason);
      this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(new ServiceError('export-failed', said));
      this.pending.clear();
    };
    worker.on('error', (error) =>
      fail(error.message, message('errors.export.threadFailed', { reason: error.message })),
    );
    worker.on('exit', (code) =>
      fail(`the export thread stopped with code ${code}`, message('errors.export.threadStopped', { code })),
    );
    this.worker = worker;
    return worker;
  }
}
