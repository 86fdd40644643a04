import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
const tempDir = useTempDirs();

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-main.mjs'], { cwd: ROOT, stdio: 'inherit' });
}, 60_000);

/** Runs built code with a hook that notes which watched packages it imports (and stands in for electron). */
function importsOf(args: string[]): string[] {
  const hook = join(tempDir(), 'watch.mjs');
  writeFileSync(
    hook,
    `import { registerHooks } from 'node:module';
     const watched = new Set(${JSON.stringify(WATCHED)});
     const seen = new Set();
     registerHooks({
       resolve(specifier, context, next) {
         if (watched.has(specifier)) seen.add(specifier);
         if (specifier === 'electron') return { url: 'data:text/javascript,export default {}', shortCircuit: true };
         return next(specifier, context);
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
