import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../renderer/i18n/locales/en.json';
import shared from '../../../shared/i18n/locales/en.json';

const RENDERER = join(import.meta.dirname, '..', '..', '..', 'renderer');

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

/** A key exists when it, or its plural forms (key_one, key_other), are in the UI or shared messages. */
const known = (key: string) =>
  [key, `${key}_one`, `${key}_other`].some((candidate) => has(en, candidate) || has(shared, candidate));

describe('UI messages', () => {
  it('every literal t("…") key in the renderer has an English message', () => {
    const missing: string[] = [];
    for (const file of sources(RENDERER))
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g))
        if (!known(key!)) missing.push(`${file.slice(RENDERER.length + 1)}: ${key}`);
    expect(missing).toEqual([]);
  });

  it('template keys resolve for every value they are built from', () => {
    const templates = {
      'enums.bloom': ['remember', 'understand', 'apply', 'analyse', 'evaluate', 'create'],
      'rubric.levels': ['insufficient', 'sufficient', 'good', 'excellent'],
      'reviewStep.severity': ['error', 'warning', 'advice'],
      'exports.documents': ['spec', 'syllabus', 'proposal', 'review'],
      steps: [
        'interpretation',
        'challenge',
        'competences',
        'outcomes',
        'journey',
        'assessment',
        'credential',
        'review',
      ],
    };
    const missing = Object.entries(templates).flatMap(([prefix, values]) =>
      values.map((value) => `${prefix}.${value}`).filter((key) => !known(key)),
    );
    expect(missing).toEqual([]);
  });
});
