// Bundles the Node side (CLI, Electron main and preload) with esbuild into dist/.
// Runs on `npm install` (prepare) so the CLI works straight after installing.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
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
// Packages stay outside the bundle (node_modules ships with the app; better-sqlite3 is native),
// except the pure-JavaScript ones every command or export loads: bundled, they are compiled once
// into the chunk that uses them and read from Node's compile cache, instead of being resolved and
// loaded file by file (zod alone is ~150 ESM modules, 94 of them locales we do not use). A DOCX
// export of a small design starts ~30 ms sooner. bundled-packages.json says which chunks hold
// them (test/integration/build/lazy-documents.test.ts watches those).
const BUNDLED = new Set(['commander', 'docx', 'i18next', 'jsonc-parser', 'zod']);
const packageOf = (path) =>
  (path.startsWith('@') ? path.split('/').slice(0, 2) : path.split('/').slice(0, 1)).join('/');
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.kind === 'entry-point' || args.path.startsWith('node:')) return undefined;
      return BUNDLED.has(packageOf(args.path)) ? undefined : { path: args.path, external: true };
    });
  },
};
const { metafile } = await build({
  ...nodeEsm,
  plugins: [...common.plugins, externalPackages],
  // The ES module build of a bundled package, not its UMD one (jsonc-parser's UMD requires its
  // files by computed names, which a bundle cannot follow).
  mainFields: ['module', 'main'],
  entryPoints: nodeEntries,
  metafile: true,
});
const bundled = Object.fromEntries([...BUNDLED].map((name) => [name, []]));
for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
  if (!output.endsWith('.js')) continue;
  for (const name of BUNDLED)
    if (Object.keys(inputs).some((input) => input.startsWith(`node_modules/${name}/`)))
      bundled[name].push(output.replace(/^dist\//, ''));
}
writeFileSync(join('dist', 'main', 'bundled-packages.json'), `${JSON.stringify(bundled, null, 2)}\n`);
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
