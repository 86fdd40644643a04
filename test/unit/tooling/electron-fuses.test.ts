import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/electron-builder';

/**
 * The packaged app is hardened with Electron fuses (issue 20). electron-builder reads
 * `electronFuses` from electron-builder.yml and flips them in the Electron binary with
 * @electron/fuses right before signing. Without an Electron binary here, the test reads the
 * configuration as electron-builder does, validates it against electron-builder's own schema,
 * and flips the fuses with electron-builder's own code in a stand-in binary that carries the
 * fuse wire, then reads the wire back.
 */
const require = createRequire(import.meta.url);
// The package's entry first: its modules require each other in that order.
const { PlatformPackager } = require('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> } };
};
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(dir: string, path: string | null, extra: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const fuses = require('@electron/fuses') as {
  flipFuses(path: string, config: Record<string, unknown>): Promise<unknown>;
  getCurrentFuseWire(path: string): Promise<Record<string, unknown>>;
  FuseV1Options: Record<string, number>;
};
const { SENTINEL, FuseState } = require('@electron/fuses/dist/constants') as {
  SENTINEL: string;
  FuseState: Record<string, number>;
};

const config = () => getConfig(ROOT, null, null);

describe('Electron fuses of the packaged app', () => {
  it('are configured for electron-builder, in a configuration its own schema accepts', async () => {
    const loaded = await config();
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
    expect(loaded['electronFuses']).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // A misspelt fuse would be ignored by a looser reader: electron-builder's schema refuses it.
    await expect(
      validateConfiguration({ ...loaded, electronFuses: { runAsnode: false } }, new DebugLogger(false)),
    ).rejects.toThrow(/does not match the API schema/);
  });

  it('end up in the binary as configured when electron-builder flips them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-fuses-'));
    try {
      // Electron's binary carries the sentinel, the wire version (1), its length, then one byte per fuse.
      const binary = join(dir, 'challenge-designer');
      const wire = Buffer.from([1, 8, ...Array.from({ length: 8 }, () => FuseState['ENABLE']!)]);
      writeFileSync(binary, Buffer.concat([Buffer.from('ELF…'), Buffer.from(SENTINEL), wire, Buffer.from('…')]));
      const before = readFileSync(binary).length;
      const loaded = await config();
      const fuseConfig = await PlatformPackager.prototype.generateFuseConfig.call({}, loaded['electronFuses']);
      await fuses.flipFuses(binary, fuseConfig);
      const current = await fuses.getCurrentFuseWire(binary);
      const state = (name: string) => (current[fuses.FuseV1Options[name]!] === FuseState['ENABLE'] ? 'on' : 'off');
      expect(
        Object.fromEntries(
          [
            'RunAsNode',
            'EnableCookieEncryption',
            'EnableNodeOptionsEnvironmentVariable',
            'EnableNodeCliInspectArguments',
            'EnableEmbeddedAsarIntegrityValidation',
            'OnlyLoadAppFromAsar',
            'GrantFileProtocolExtraPrivileges',
          ].map((name) => [name, state(name)]),
        ),
      ).toEqual({
        RunAsNode: 'off',
        EnableCookieEncryption: 'on',
        EnableNodeOptionsEnvironmentVariable: 'off',
        EnableNodeCliInspectArguments: 'off',
        EnableEmbeddedAsarIntegrityValidation: 'on',
        OnlyLoadAppFromAsar: 'on',
        GrantFileProtocolExtraPrivileges: 'off',
      });
      // Only the fuse bytes change.
      expect(readFileSync(binary).length).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('need nothing the app uses: no forked Node processes, no NODE_OPTIONS, no file:// pages', () => {
    const sources = ['main/electron/main.ts', 'main/electron/window.ts', 'main/services/export/render-thread.ts'].map(
      (path) => readFileSync(join(ROOT, path), 'utf8'),
    );
    for (const source of sources) {
      expect(source).not.toMatch(/child_process|\bfork\(|ELECTRON_RUN_AS_NODE|utilityProcess/);
      expect(source).not.toMatch(/loadFile\(|['"]file:\/\//);
    }
  });

  it('come with dist scripts for the three platforms', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts['dist:linux']).toMatch(/npm run build && electron-builder --linux$/);
    expect(scripts['dist:win']).toMatch(/npm run build && electron-builder --win$/);
    expect(scripts['dist:mac']).toMatch(/npm run build && electron-builder --mac$/);
  });
});
