import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExportFormat } from '../../../shared/api';
import type { DocumentModel } from '../../../shared/document';
import { findTemplatesDir } from '../catalog/templates';
import { ServiceError } from '../errors';
import type { DocumentRenderer } from './render-document';

export interface RenderRequest {
  id: number;
  model: DocumentModel;
  format: ExportFormat;
  fontsDir: string;
}
export type RenderResponse = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

/** The built worker; absent when running from source without `npm run build:main`. */
export const exportWorkerFile = () => join(findTemplatesDir(), '..', 'dist', 'main', 'services', 'export', 'worker.js');

/**
 * One long-lived worker thread that renders documents. Started on the first export; if it dies,
 * the waiting exports fail with a clear message and the next export starts a fresh one.
 */
export class RenderThread {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }
  >();

  constructor(private readonly workerFile = exportWorkerFile()) {}

  static available(workerFile = exportWorkerFile()): boolean {
    return existsSync(workerFile);
  }

  readonly render: DocumentRenderer = (model, format, fontsDir) =>
    new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      const worker = this.started();
      worker.ref(); // keep the process alive while an export is on its way
      worker.postMessage({ id, model, format, fontsDir } satisfies RenderRequest);
    });

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    // Unreferenced while idle: an idle export thread never keeps the CLI or the server alive.
    const worker = new Worker(this.workerFile);
    worker.on('message', (response: RenderResponse) => {
      const waiting = this.pending.get(response.id);
      this.pending.delete(response.id);
      if (this.pending.size === 0) worker.unref();
      if (!waiting) return;
      if (response.ok) waiting.resolve(response.bytes);
      else waiting.reject(new ServiceError('export-failed', `The document could not be produced: ${response.message}`));
    });
    const fail = (reason: string) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values())
        waiting.reject(new ServiceError('export-failed', `The document could not be produced (${reason}). Try again.`));
      this.pending.clear();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`the export thread stopped with code ${code}`));
    this.worker = worker;
    return worker;
  }
}
