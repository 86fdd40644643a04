import { Resvg } from '@resvg/resvg-js';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_USER_MODEL_ID } from '../../../main/electron/startup';
import { PRODUCT_NAME } from '../../../main/services/paths';
import { builderConfig, packs, ROOT } from '../../helpers/electron-builder';

const config = builderConfig();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  productName: string;
  dependencies: object;
};
const file = (path: string) => readFileSync(join(ROOT, path));

/** Width and height from a PNG's header. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

/** electron-builder's own deb dependencies (app-builder-lib, FpmTarget.getDefaultDepends). */
const ELECTRON_BUILDER_DEB_DEFAULTS = [
  'libgtk-3-0',
  'libnotify4',
  'libnss3',
  'libxss1',
  'libxtst6',
  'xdg-utils',
  'libatspi2.0-0',
  'libuuid1',
  'libsecret-1-0',
];

describe('electron-builder.yml', () => {
  it('builds the three desktop targets with the .cbld file association', () => {
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.fileAssociations.map((association) => association.ext)).toEqual(['cbld']);
  });

  it('names the app as the app names itself: product name, Windows AppUserModelId', () => {
    expect(config.productName).toBe(PRODUCT_NAME);
    expect(pkg.productName).toBe(PRODUCT_NAME);
    expect(config.appId).toBe(APP_USER_MODEL_ID);
  });

  it('packs what the app loads at run time, and no sources or tests', () => {
    for (const path of [
      pkg.main,
      'dist/main/electron/preload.cjs',
      'dist/main/services/export/worker.js',
      'dist/main/chunks/pdf-renderer-ABC123.js',
      'dist/renderer/index.html',
      'templates/sdg/sdg.en.json',
      'templates/documents/fonts/LICENSE.txt',
      'build/icons/256x256.png',
      'package.json',
    ])
      expect(packs(config.files, path), path).toBe(true);
    for (const path of [
      'main/electron/main.ts',
      'test/unit/model/model.test.ts',
      'dist/main/cli.js.map',
      'bench/export.bench.ts',
      'build/icon.svg',
    ])
      expect(packs(config.files, path), path).toBe(false);
  });

  it('uses asar with native modules unpacked (better-sqlite3 cannot load from an archive)', () => {
    expect(config.asar).toBe(true);
    expect(matchesGlob('node_modules/better-sqlite3/prebuilds/linux-x64.node', config.asarUnpack[0]!)).toBe(true);
    expect(pkg.dependencies).toHaveProperty('better-sqlite3');
  });

  it('does not rebuild native modules: better-sqlite3’s prebuilt N-API binary runs in Electron', () => {
    expect(config.npmRebuild).toBe(false);
  });

  it('leaves out better-sqlite3’s sources and the other systems’ binaries, per platform', () => {
    const dir = 'node_modules/better-sqlite3';
    const binaries = readdirSync(join(ROOT, dir, 'prebuilds')).map((name) => `${dir}/prebuilds/${name}`);
    const own = { linux: /\/linux-(x64|arm64)\.node$/, win: /\/win32-/, mac: /\/darwin-/ } as const;
    for (const platform of ['linux', 'win', 'mac'] as const) {
      const patterns = [...config.files, ...(config[platform].files ?? [])];
      expect(packs(patterns, `${dir}/lib/index.js`), platform).toBe(true);
      expect(packs(patterns, `${dir}/package.json`), platform).toBe(true);
      for (const source of [`${dir}/deps/sqlite3/sqlite3.c`, `${dir}/src/better_sqlite3.cpp`, `${dir}/binding.gyp`])
        expect(packs(patterns, source), `${platform}: ${source}`).toBe(false);
      expect(packs(patterns, 'node_modules/node-addon-api/napi.h'), platform).toBe(false);
      for (const binary of binaries)
        expect(packs(patterns, binary), `${platform}: ${binary}`).toBe(own[platform].test(binary));
    }
    // What Linux no longer ships, measured on the installed package.
    const linux = [...config.files, ...config.linux.files!];
    const size = (path: string): number =>
      statSync(path).isDirectory()
        ? readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0)
        : statSync(path).size;
    const dropped = (path: string): number =>
      statSync(join(ROOT, path)).isDirectory()
        ? readdirSync(join(ROOT, path)).reduce((sum, name) => sum + dropped(`${path}/${name}`), 0)
        : packs(linux, path)
          ? 0
          : size(join(ROOT, path));
    expect(dropped(dir) / size(join(ROOT, dir))).toBeGreaterThan(0.8);
  });

  it('adds to electron-builder’s deb dependencies, with the glibc better-sqlite3 was built for', () => {
    const depends = config.deb.depends;
    for (const name of [...ELECTRON_BUILDER_DEB_DEFAULTS, 'libgbm1']) expect(depends, name).toContain(name);
    expect(depends.some((entry) => entry.split(' | ').includes('libasound2'))).toBe(true);
    const libc = depends.map((entry) => /^libc6 \(>= 2\.(\d+)\)$/.exec(entry)).find(Boolean);
    expect(libc, 'libc6 (>= 2.N)').toBeTruthy();
    // The newest glibc symbol version the Linux binaries ask for.
    const needed = ['linux-x64', 'linux-arm64'].flatMap((name) =>
      [
        ...file(`node_modules/better-sqlite3/prebuilds/${name}.node`)
          .toString('latin1')
          .matchAll(/GLIBC_2\.(\d+)/g),
      ].map((match) => Number(match[1])),
    );
    expect(Number(libc![1])).toBe(Math.max(...needed));
  });

  it('has icons for the three platforms, generated from the SVG source', () => {
    expect(existsSync(join(ROOT, 'build', 'icon.svg'))).toBe(true);
    expect(config.directories.buildResources).toBe('build');
    for (const size of [16, 32, 48, 64, 128, 256, 512])
      expect(pngSize(file(`${config.linux.icon}/${size}x${size}.png`)), `${size} px`).toEqual({
        width: size,
        height: size,
      });
    const ico = file(config.win.icon!);
    const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
    expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    expect(icoSizes).toEqual(expect.arrayContaining([16, 24, 32, 48, 256]));
    const icns = file(config.mac.icon!);
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    const types: string[] = [];
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4))
      types.push(icns.toString('latin1', offset, offset + 4));
    expect(types).toEqual(expect.arrayContaining(['ic07', 'ic08', 'ic09', 'ic10'])); // 128 to 1024 px
    // The committed PNGs are the SVG as it is now (run `npm run icons` after editing it).
    const rendered = new Resvg(file('build/icon.svg'), { fitTo: { mode: 'width', value: 48 } }).render().asPng();
    expect(Buffer.compare(rendered, file('build/icons/48x48.png'))).toBe(0);
  });

  it('documents what AppImage users on Ubuntu 23.10 and later do about the sandbox', () => {
    const readme = file('README.md').toString('utf8');
    const section = readme.slice(readme.indexOf('### Installing on Linux'));
    expect(section).toMatch(/AppArmor/);
    expect(section).toMatch(/Ubuntu 23\.10 and 24\.04/);
    expect(section).toMatch(/\.deb/);
  });
});
