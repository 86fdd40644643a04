// Bundles the Node side (CLI, Electron main and preload) with esbuild into dist/.
// Runs on `npm install` (prepare) so the CLI works straight after installing.
import { build } from 'esbuild';

const common = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'node22' };
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
await build({ ...nodeEsm, entryPoints: nodeEntries, packages: 'external' });

// A sandboxed preload must be one CommonJS file with nothing but `electron` outside it.
await build({
  ...common,
  entryPoints: ['main/electron/preload.ts'],
  outfile: 'dist/main/electron/preload.cjs',
  platform: 'node',
  format: 'cjs',
  external: ['electron'],
});
