import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RenderThread } from '../../../main/services/export/render-thread';
import { builderConfig, packs, ROOT } from '../../helpers/electron-builder';
import { docxText } from '../../helpers/exported';
import { HARD_TEXT, kitchenSinkDocument } from '../../helpers/documents';
import { useTempDirs } from '../../helpers/temp';

/**
 * The packaged app without Electron: the files electron-builder.yml packs, copied under
 * resources/app.asar/ as a folder (Node cannot read a real archive), with node_modules beside
 * them as electron-builder adds them. The built export worker must start from there and render,
 * and the built CLI must find its lazily loaded chunks and the templates. What only a real
 * app.asar can show (Electron's archive reads in the worker) is left to the first run with
 * Electron; the worker falls back to rendering in process if it cannot start there.
 */
const tempDir = useTempDirs();

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-main.mjs'], { cwd: ROOT, stdio: 'inherit' });
}, 60_000);

function* filesUnder(folder: string): Generator<string> {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** Lays out resources/app.asar/ as electron-builder would pack it; returns that folder. */
function packedApp(root: string): string {
  const app = join(root, 'resources', 'app.asar');
  const { files } = builderConfig();
  for (const file of [
    join(ROOT, 'package.json'),
    ...['dist', 'templates', 'build'].flatMap((f) => [...filesUnder(join(ROOT, f))]),
  ]) {
    const path = relative(ROOT, file);
    if (!packs(files, path)) continue;
    mkdirSync(dirname(join(app, path)), { recursive: true });
    cpSync(file, join(app, path));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
  return app;
}

describe('the packaged app’s files, outside the repository', () => {
  const root = mkdtempSync(join(tmpdir(), 'cd-packed-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let app: string;
  beforeAll(() => {
    app = packedApp(root);
  });

  it('start the export worker, which renders DOCX and PDF with the packed fonts', async () => {
    const log = vi.fn();
    const thread = new RenderThread(join(app, 'dist', 'main', 'services', 'export', 'worker.js'), log);
    const fonts = join(app, 'templates', 'documents', 'fonts');
    try {
      const [docx, pdf] = await Promise.all([
        thread.render(kitchenSinkDocument(), 'docx', fonts),
        thread.render(kitchenSinkDocument(), 'pdf', fonts),
      ]);
      expect(docxText(docx)).toContain(HARD_TEXT.greek);
      expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
      // Rendered by the thread, not by the in-process fallback.
      expect(thread.fallbackReason).toBeNull();
      expect(log).not.toHaveBeenCalled();
    } finally {
      await thread.close();
    }
  });

  it('run the CLI, whose export loads its chunks and templates from the packed folder', () => {
    const out = join(tempDir(), 'spec.docx');
    const result = spawnSync(
      process.execPath,
      [
        join(app, 'dist', 'main', 'cli.js'),
        'export',
        join(app, 'templates', 'examples', 'theme-urban-heat.cbld'),
        '--document',
        'spec',
        '--format',
        'docx',
        '--out',
        out,
      ],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
