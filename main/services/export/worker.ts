// Worker-thread entry (built to dist/main/services/export/worker.js): renders documents so the
// Electron main process and the HTTP server stay responsive during a 0.2-0.7 s export. The bytes
// are copied back, not transferred: Node may hand out pooled buffers that cannot be moved.
import { parentPort } from 'node:worker_threads';
import { messageOf } from '../../../shared/errors';
import { renderInline } from './render-document';
import type { RenderRequest, RenderResponse } from './render-thread';

parentPort?.on('message', (request: RenderRequest) => {
  renderInline(request.model, request.format, request.fontsDir).then(
    (bytes) => parentPort!.postMessage({ id: request.id, ok: true, bytes } satisfies RenderResponse),
    (error: unknown) =>
      parentPort!.postMessage({
        id: request.id,
        ok: false,
        message: messageOf(error),
      } satisfies RenderResponse),
  );
});
