import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/temp';

/**
 * The document libraries (docx, pdfmake, fontkit: 0.2-0.6 s to load) are for exports only. The
 * built CLI and Electron main must not load them to start, show help or validate; esbuild would
 * hoist them into the bundles without code splitting (scripts/build-main.mjs).
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');
// The JSON-LD and SHACL libraries of the credential exports (0.3 s) are held to the same rule.
const WATCHED = ['docx', 'pdfmake', 'fontkit', 'jsonld', 'n3', 'rdf-validate-shacl'];
/**
 * What else a command may not need: the design model's validation (zod), SQLite, translations,
 * the diff and JSONC readers, atomic writes, and the web server (importing node:http as ESM
 * builds its fetch internals: 15-35 ms).
 */
const HEAVY = [
  'zod',
  'better-sqlite3',
  'i18next',
  'diff',
  'jsonc-parser',
  'write-file-atomic',
  'node:http',
  'node:zlib',
];
const tempDir = useTempDirs();

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-main.mjs'], { cwd: ROOT, stdio: 'inherit' });
}, 60_000);

/**
 * Runs built code with a hook that notes which watched packages it imports (and stands in for
 * electron). A package outside the bundle is seen when it is resolved; one the build bundles
 * (dist/main/bundled-packages.json) when a chunk holding it is loaded.
 */
function importsOf(args: string[], watchedModules = WATCHED): string[] {
  const bundled = JSON.parse(readFileSync(join(ROOT, 'dist', 'main', 'bundled-packages.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  const chunks = Object.entries(bundled)
    .filter(([name]) => watchedModules.includes(name))
    .flatMap(([name, files]) => files.map((file) => [pathToFileURL(join(ROOT, 'dist', file)).href, name]));
  const hook = join(tempDir(), 'watch.mjs');
  writeFileSync(
    hook,
    `import { registerHooks } from 'node:module';
     const watched = new Set(${JSON.stringify(watchedModules)});
     const chunks = new Map(${JSON.stringify(chunks)});
     const seen = new Set();
     registerHooks({
       resolve(specifier, context, next) {
         if (watched.has(specifier)) seen.add(specifier);
         if (specifier === 'electron') return { url: 'data:text/javascript,export default {}', shortCircuit: true };
         return next(specifier, context);
       },
       load(url, context, next) {
         if (chunks.has(url)) seen.add(chunks.get(url));
         return next(url, context);
       },
     });
     process.on('exit', () => process.stderr.write('\\nIMPORTED ' + JSON.stringify([...seen]) + '\\n'));`,
  );
  const result = spawnSync(process.execPath, ['--import', hook, ...args], { cwd: ROOT, encoding: 'utf8' });
  const line = /IMPORTED (.*)/.exec(result.stderr);
  if (!line) throw new Error(`no report from ${args.join(' ')}: ${result.stderr}`);
  return JSON.parse(line[1]!) as string[];
}

describe('the built programs load the document libraries only to export', () => {
  const example = join(ROOT, 'templates', 'examples', 'theme-urban-heat.cbld');

  it('challenge-designer --help and validate load none of them', () => {
    expect(importsOf(['dist/main/cli.js', '--help'])).toEqual([]);
    expect(importsOf(['dist/main/cli.js', 'validate', example])).toEqual([]);
  });

  it('the Electron main bundle loads none of them to start', () => {
    expect(importsOf(['dist/main/electron/main.js'])).toEqual([]);
  });

  it('an export still finds them (the watch itself works)', () => {
    const out = join(tempDir(), 'spec.docx');
    expect(
      importsOf(['dist/main/cli.js', 'export', example, '--document', 'spec', '--format', 'docx', '--out', out]),
    ).toEqual(['docx']);
  });
});

describe('each command of the built CLI loads only what it uses', () => {
  const example = join(ROOT, 'templates', 'examples', 'theme-urban-heat.cbld');
  const heavy = (...args: string[]) => importsOf(['dist/main/cli.js', ...args], HEAVY).sort();

  it('--help, --version and a command’s help load none of them', () => {
    expect(heavy('--help')).toEqual([]);
    expect(heavy('--version')).toEqual([]);
    expect(heavy('export', '--help')).toEqual([]);
  });

  it('list and search load SQLite only: no design model, no translations', () => {
    const library = tempDir();
    expect(heavy('list', '--library', library)).toEqual(['better-sqlite3']);
    expect(heavy('search', 'heat', '--library', library)).toEqual(['better-sqlite3']);
  });

  it('validate reads design files without SQLite, translations or the server', () => {
    expect(heavy('validate', example)).toEqual(['jsonc-parser', 'zod']);
  });
});

describe('the build', () => {
  it('leaves no chunk of an earlier build behind (the packaged app would carry them all)', () => {
    const stale = join(ROOT, 'dist', 'main', 'chunks', 'chunk-STALE000.js');
    writeFileSync(stale, 'export {};\n');
    execFileSync(process.execPath, ['scripts/build-main.mjs'], { cwd: ROOT, stdio: 'inherit' });
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(join(ROOT, 'dist', 'main', 'cli.js'))).toBe(true);
  }, 60_000);
});
