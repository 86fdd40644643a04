import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without types
import { electronBinary } from '../../../scripts/start.mjs';
import { useTempDirs } from '../../helpers/temp';

/** `npm start` decides between the desktop app and the browser mode on this (scripts/start.mjs). */
describe('npm start: is the Electron binary there?', () => {
  const tempDir = useTempDirs();

  /** An electron package folder as its install.js leaves it. */
  function electronPackage(options: { installed?: string; binary?: boolean } = {}) {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
    if (options.installed !== undefined) {
      mkdirSync(join(dir, 'dist'));
      writeFileSync(join(dir, 'dist', 'version'), options.installed);
      writeFileSync(join(dir, 'path.txt'), 'electron');
      if (options.binary) writeFileSync(join(dir, 'dist', 'electron'), '');
    }
    return dir;
  }

  it('finds the binary the package installed', () => {
    const dir = electronPackage({ installed: 'v45.4.1', binary: true });
    expect(electronBinary(dir)).toBe(join(dir, 'dist', 'electron'));
  });

  it.each([
    ['never downloaded (no dist, no path.txt)', {}],
    ['downloaded for another version', { installed: 'v44.0.0', binary: true }],
    ['half there: path.txt names a file that is missing', { installed: 'v45.4.1', binary: false }],
  ])('says it is missing when %s', (_name, options) => {
    expect(electronBinary(electronPackage(options))).toBeNull();
  });

  it('says it is missing when the electron package itself is not installed', () => {
    expect(electronBinary(join(tempDir(), 'nowhere'))).toBeNull();
  });
});
