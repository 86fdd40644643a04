import { readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  fileAssociations: { ext: string }[];
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
};
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; dependencies: object };

/** electron-builder's `files`: the last matching pattern wins, "!" excludes. */
const packaged = (path: string) =>
  config.files.reduce(
    (included, pattern) =>
      pattern.startsWith('!')
        ? included && !matchesGlob(path, pattern.slice(1))
        : included || matchesGlob(path, pattern),
    false,
  );

describe('electron-builder.yml', () => {
  it('builds the three desktop targets with the .cbld file association', () => {
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(config.productName).toBe('Challenge Designer');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.fileAssociations.map((association) => association.ext)).toEqual(['cbld']);
  });

  it('packs what the app loads at run time, and no sources or tests', () => {
    for (const path of [
      pkg.main,
      'dist/main/electron/preload.cjs',
      'dist/main/services/export/worker.js',
      'dist/renderer/index.html',
      'templates/sdg/sdg.en.json',
      'templates/documents/fonts/LICENSE.txt',
      'package.json',
    ])
      expect(packaged(path), path).toBe(true);
    for (const path of [
      'main/electron/main.ts',
      'test/unit/model/model.test.ts',
      'dist/main/cli.js.map',
      'bench/export.bench.ts',
    ])
      expect(packaged(path), path).toBe(false);
  });

  it('uses asar with native modules unpacked (better-sqlite3 cannot load from an archive)', () => {
    expect(config.asar).toBe(true);
    expect(matchesGlob('node_modules/better-sqlite3/build/Release/better_sqlite3.node', config.asarUnpack[0]!)).toBe(
      true,
    );
    expect(pkg.dependencies).toHaveProperty('better-sqlite3');
  });
});
