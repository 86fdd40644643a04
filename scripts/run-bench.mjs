// `npm run bench [-- name...]`: runs bench/<name>.bench.ts (all of them by default) and prints figures.
// Each bench is bundled first with the build's esbuild setup (scripts/build-main.mjs): the shared
// messages find their locale files through import.meta.glob, which only the bundler (and Vite)
// expands. Each source file keeps its own `import.meta.dirname`/`url`/`filename` (the bundle
// sits in bench/, so a helper in test/e2e or main/ would otherwise resolve paths from there).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { expandImportGlobs } from './import-glob-plugin.mjs';

/** Vite's eager globs expanded, and import.meta's location fixed to the file it is written in. */
const sourcePlugin = {
  name: 'bench-sources',
  setup(build) {
    build.onLoad({ filter: /\.tsx?$/ }, (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const contents = (expandImportGlobs(source, args.path) ?? source)
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

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
    plugins: [sourcePlugin],
  });
  try {
    execFileSync(process.execPath, [bundle], { stdio: 'inherit' });
  } finally {
    rmSync(bundle, { force: true });
  }
}
