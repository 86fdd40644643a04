import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Swedish software says "du" to its user, and so do the Swedish UI messages; the guidance of the
 * three readings is read in the same screens, so it says "du" too, never "ni"/"er"/"ert"/"era".
 * "ni" stays where it means several people ("vad ni har kommit överens om": you and the owner).
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');
const FILES = [
  'renderer/i18n/locales/sv.json',
  'shared/i18n/locales/sv.json',
  'main/electron/locales/sv.json',
  ...['method', 'partnership', 'theme'].map((id) => `templates/interpretations/i18n/${id}.sv.json`),
];
/** Plural "ni" that addresses more than the reader. */
const PLURAL = ['vad ni har kommit överens om'];
const POLITE = /(?<!\p{L})(?:ni|er|ert|era|eder)(?!\p{L})/giu;

describe('Swedish addresses the reader as "du"', () => {
  it.each(FILES)('%s', (file) => {
    let text = readFileSync(join(ROOT, file), 'utf8');
    for (const phrase of PLURAL) text = text.replaceAll(phrase, '');
    const found = [...text.matchAll(POLITE)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + 20));
    expect(found).toEqual([]);
  });
});
