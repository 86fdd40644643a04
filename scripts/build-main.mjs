// Bundles the Node side (CLI, Electron main and preload) with esbuild into dist/.
// Runs on `npm install` (prepare) so the CLI works straight after installing.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'node22' };
const nodeEntries = ['main/cli.ts', 'main/electron/main.ts', 'main/services/export/worker.ts'].filter((entry) =>
  existsSync(entry),
);

await build({
  ...common,
  entryPoints: nodeEntries,
  outdir: 'dist',
  outbase: '.',
  platform: 'node',
  format: 'esm',
  packages: 'external',
  // Bundled ESM still meets CommonJS dependencies that call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});

// A sandboxed preload must be one CommonJS file with nothing but `electron` outside it.
if (existsSync('main/electron/preload.ts')) {
  await build({
    ...common,
    entryPoints: ['main/electron/preload.ts'],
    outfile: 'dist/main/electron/preload.cjs',
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
  });
}
