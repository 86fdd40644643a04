import { connect } from 'node:net';

export interface RawResponse {
  /** 0 when the server closed the connection without an answer. */
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RawRequestOptions {
  /** Sent after the head, in pieces, `delayMs` apart (a slow client). */
  chunks?: (string | Buffer)[];
  delayMs?: number;
  /** Give up after this long and report what arrived (default 10 s). */
  timeoutMs?: number;
  /** Close our side after sending (a client that hangs up early). */
  endAfterSend?: boolean;
}

function parse(raw: Buffer): RawResponse {
  const text = raw.toString('utf8');
  const end = text.indexOf('\r\n\r\n');
  const head = end === -1 ? text : text.slice(0, end);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = end === -1 ? '' : text.slice(end + 4);
  if (headers['transfer-encoding'] === 'chunked') {
    let out = '';
    let rest = body;
    for (;;) {
      const lineEnd = rest.indexOf('\r\n');
      const size = Number.parseInt(rest.slice(0, lineEnd), 16);
      if (!(size > 0)) break;
      out += rest.slice(lineEnd + 2, lineEnd + 2 + size);
      rest = rest.slice(lineEnd + 2 + size + 2);
    }
    body = out;
  }
  return { status, headers, body };
}

/**
 * Sends bytes exactly as given over a fresh TCP connection and reads until the server closes it
 * (or the timeout): for requests no well-behaved HTTP client would send.
 */
export function rawRequest(port: number, head: string | Buffer, options: RawRequestOptions = {}): Promise<RawResponse> {
  return new Promise((resolve) => {
    const received: Buffer[] = [];
    const socket = connect({ host: '127.0.0.1', port });
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(parse(Buffer.concat(received)));
    };
    const timer = setTimeout(finish, options.timeoutMs ?? 10_000);
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('close', finish);
    socket.on('error', finish);
    socket.on('connect', async () => {
      socket.write(head);
      for (const chunk of options.chunks ?? []) {
        if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
        if (socket.destroyed) return;
        socket.write(chunk);
      }
      if (options.endAfterSend) socket.end();
    });
  });
}

/** A request head with Connection: close, so the server ends the connection after answering. */
export function requestHead(method: string, path: string, headers: Record<string, string | number>): string {
  const lines = [`${method} ${path} HTTP/1.1`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  if (!('connection' in headers)) lines.push('connection: close');
  return `${lines.join('\r\n')}\r\n\r\n`;
}
