import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../../main/electron/security';
import { resolveStaticFile } from '../../../main/transport/static-files';

const ROOT = '/srv/renderer';

// [request path as sent, the file it may read (relative to ROOT) or null]
const CASES: [string, string | null][] = [
  ['/', 'index.html'],
  ['/index.html', 'index.html'],
  ['/assets/app.js', 'assets/app.js'],
  ['/assets/caf%C3%A9.svg', 'assets/café.svg'],
  ['/%', null],
  ['/%zz', null],
  ['/%E0%A4%A', null],
  ['//', null],
  ['/.', null],
  ['/../etc/passwd', null],
  ['/%2e%2e/etc/passwd', null],
  ['/assets/..%2f..%2fsecret', null],
  ['/assets%5c..%5c..%5csecret', null],
  ['/index.html%00.js', null],
  ['relative.html', null],
  ['*', null],
];

describe('one path check for both transports', () => {
  it.each(CASES)('%s → %s', (path, expected) => {
    const file = resolveStaticFile(ROOT, path);
    expect(file).toBe(expected === null ? null : join(ROOT, expected));
    // The Electron app:// handler goes through the same function after the URL parser
    // (which already folds "/../x" into "/x"): never outside the renderer folder.
    if (path.startsWith('/') && !path.startsWith('//')) {
      const app = resolveAppFile(ROOT, `app://bundle${path}`);
      expect(app === null || app.startsWith(`${ROOT}/`)).toBe(true);
      if (expected !== null) expect(app).toBe(file);
    }
  });
});
