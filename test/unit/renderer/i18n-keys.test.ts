import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import shell from '../../../main/electron/locales/en.json';
import en from '../../../renderer/i18n/locales/en.json';
import shared from '../../../shared/i18n/locales/en.json';
import { DEFAULT_LEVELS } from '../../../renderer/steps/assessment/RubricEditor';
import { DOCUMENT_KINDS } from '../../../shared/api';
import { STEPS } from '../../../shared/catalog';
import { SEVERITIES } from '../../../shared/checks';
import { BLOOM_LEVELS } from '../../../shared/model';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const has = (tree: unknown, key: string) =>
  key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      tree,
    ) !== undefined;

/** A key exists when it, or its plural forms (key_one, key_other), are in one of the trees. */
const knownIn = (trees: unknown[]) => (key: string) =>
  [key, `${key}_one`, `${key}_other`].some((candidate) => trees.some((tree) => has(tree, candidate)));
const known = knownIn([en, shared]);

/** Literal t('…') keys in a source folder that the given message trees don't hold. */
function missingKeys(folder: string, trees: unknown[]): string[] {
  const dir = join(ROOT, folder);
  const known = knownIn(trees);
  return sources(dir).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)]
      .map(([, key]) => key!)
      .filter((key) => !known(key))
      .map((key) => `${file.slice(dir.length + 1)}: ${key}`),
  );
}

describe('UI messages', () => {
  it('every literal t("…") key in the renderer has an English message', () => {
    expect(missingKeys('renderer', [en, shared])).toEqual([]);
  });

  it('every literal t("…") key in the native shell (menu, dialogs) has an English message', () => {
    expect(missingKeys('main/electron', [shell, shared])).toEqual([]);
  });

  it('template keys resolve for every value they are built from', () => {
    // The code's own lists, so a value added there must bring its message.
    const templates: Record<string, readonly string[]> = {
      'enums.bloom': BLOOM_LEVELS,
      'rubric.levels': DEFAULT_LEVELS,
      severityCount: SEVERITIES,
      'exports.documents': DOCUMENT_KINDS,
      steps: STEPS,
    };
    const missing = Object.entries(templates).flatMap(([prefix, values]) =>
      values.map((value) => `${prefix}.${value}`).filter((key) => !known(key)),
    );
    expect(missing).toEqual([]);
  });
});
