// `npm run bench [-- name...]`: runs bench/<name>.bench.ts (all of them by default) and prints figures.
// Each bench is bundled first with the build's esbuild setup (scripts/build-main.mjs): the shared
// messages find their locale files through import.meta.glob, which only the bundler (and Vite)
// expands. Each source file keeps its own `import.meta.dirname`/`url`/`filename` (the bundle
// sits in bench/, so a helper in test/e2e or main/ would otherwise resolve paths from there).
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { importGlobs } from './import-glob-plugin.mjs';

const wanted = process.argv.slice(2);
const benches = readdirSync('bench')
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)));
for (const file of benches) {
  console.log(`\n## ${file}`);
  const bundle = `bench/.${file.replace(/\.ts$/, '')}.mjs`;
  await build({
    entryPoints: [`bench/${file}`],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    logLevel: 'warning',
    plugins: [importGlobs({ fileLocations: true })],
  });
  try {
    execFileSync(process.execPath, [bundle], { stdio: 'inherit' });
  } finally {
    rmSync(bundle, { force: true });
  }
}
