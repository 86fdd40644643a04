// Bundles the Node side (CLI, Electron main and preload) with esbuild into dist/.
// Runs on `npm install` (prepare) so the CLI works straight after installing.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { importGlobPlugin } from './import-glob-plugin.mjs';

const common = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'node22', plugins: [importGlobPlugin] };
// The export worker runs inside app.asar in the packaged app: Electron has read asar from
// worker threads since v17 (electron/electron#33216), so it resolves node_modules like main.
const nodeEntries = ['main/cli.ts', 'main/electron/main.ts', 'main/services/export/worker.ts'];

const nodeEsm = {
  ...common,
  outdir: 'dist',
  outbase: '.',
  platform: 'node',
  format: 'esm',
  // Code splitting keeps `await import()` lazy after bundling: without it esbuild inlines the
  // DOCX and PDF renderers, and their external imports (docx, pdfmake, fontkit: 0.2-0.6 s of
  // loading) become top-level imports of cli.js and main.js. With it, each lazily imported
  // module is a chunk loaded on first export; code the entries share is a chunk too.
  splitting: true,
  chunkNames: 'main/chunks/[name]-[hash]',
  // Bundled ESM still meets CommonJS dependencies that call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
};
const { metafile } = await build({ ...nodeEsm, entryPoints: nodeEntries, packages: 'external', metafile: true });
// Chunk names carry a hash of their content, so each change of the sources leaves the previous
// chunks behind; the packaged app would carry them all. Only this build's chunks stay. (Files
// another build writes at the same time have the same names: tests build concurrently.)
const chunks = join('dist', 'main', 'chunks');
const built = new Set(Object.keys(metafile.outputs).map((file) => join(file)));
for (const name of readdirSync(chunks)) if (!built.has(join(chunks, name))) rmSync(join(chunks, name), { force: true });

// A sandboxed preload must be one CommonJS file with nothing but `electron` outside it.
await build({
  ...common,
  entryPoints: ['main/electron/preload.ts'],
  outfile: 'dist/main/electron/preload.cjs',
  platform: 'node',
  format: 'cjs',
  external: ['electron'],
});
