import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Finds templates/ by walking up from this module: the same code runs from source (tests),
 * from dist/ (CLI) and from the packaged app, where templates/ sits beside dist/.
 */
export function findTemplatesDir(start = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'templates', 'sdg'))) return join(dir, 'templates');
    if (dirname(dir) === dir) throw new Error(`templates/ folder not found above ${start}`);
  }
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Every *.json file of a templates subfolder, keyed by its path relative to templates/. */
export function readJsonFolder(templatesDir: string, folder: string): Record<string, unknown> {
  const dir = resolve(templatesDir, folder);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => [`templates/${folder}/${name}`, readJson(join(dir, name))]),
  );
}
