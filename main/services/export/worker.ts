// Worker-thread entry (built to dist/main/services/export/worker.js): renders documents so the
// Electron main process and the HTTP server stay responsive during a 0.2-0.7 s export. The bytes
// are copied back, not transferred: Node may hand out pooled buffers that cannot be moved.
import { parentPort } from 'node:worker_threads';
import { describedOf, messageOf } from '../../../shared/errors';
import { loadRenderer } from './render-document';
import type { RenderRequest, RenderResponse } from './render-thread';

const reply = (response: RenderResponse) => parentPort!.postMessage(response);

parentPort?.on('message', (request: RenderRequest) => {
  if ('job' in request) {
    // Loaded on the first credential job: the JSON-LD and SHACL libraries stay out of the thread until then.
    import('../credentials/credential-jobs').then(
      ({ runCredentialJob }) =>
        runCredentialJob(request.job).then(
          (result) => reply({ id: request.id, ok: true, result }),
          // The refusal's class name, and its sentence as key and params: the page shows it in its language.
          (error: unknown) =>
            reply({ id: request.id, ok: false, ...describedOf(error), name: (error as Error | null)?.name }),
        ),
      (error: unknown) => reply({ id: request.id, ok: false, message: messageOf(error), broken: true }),
    );
    return;
  }
  loadRenderer(request.format).then(
    (render) =>
      render(request.model, request.fontsDir).then(
        (bytes) => reply({ id: request.id, ok: true, bytes }),
        (error: unknown) => reply({ id: request.id, ok: false, ...describedOf(error) }),
      ),
    // The document libraries do not load in this thread: the main thread renders instead.
    (error: unknown) => reply({ id: request.id, ok: false, message: messageOf(error), broken: true }),
  );
});
// This module and what it imports loaded: the thread works.
parentPort?.postMessage({ ready: true } satisfies RenderResponse);
