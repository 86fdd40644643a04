import { readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '..', '..');

/** electron-builder.yml, as far as the tests read it. */
export interface BuilderConfig {
  appId: string;
  productName: string;
  npmRebuild: boolean;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  fileAssociations: { ext: string }[];
  directories: { buildResources: string };
  linux: { target: string[]; icon?: string; files?: string[] };
  deb: { depends: string[] };
  win: { target: string[]; icon?: string; files?: string[] };
  mac: { target: string[]; icon?: string; files?: string[] };
}

export const builderConfig = () => parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

/**
 * Whether electron-builder packs `path` (relative to the project) with these `files` patterns:
 * the last matching pattern wins, "!" excludes. Production dependencies under node_modules/
 * are packed unless a pattern excludes them.
 */
export function packs(patterns: string[], path: string): boolean {
  return patterns.reduce(
    (included, pattern) =>
      pattern.startsWith('!')
        ? included && !matchesGlob(path, pattern.slice(1))
        : included || matchesGlob(path, pattern),
    path.startsWith('node_modules/'),
  );
}
