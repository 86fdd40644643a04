import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_KEY_FILE,
  PORT_FILE,
  libraryAccessKey,
  rememberPort,
  rememberedPort,
} from '../../../main/web/library-access';
import { useTempDirs } from '../../helpers/temp';

describe('the access key serve keeps per library', () => {
  const tempDir = useTempDirs();

  it('is made once, readable by the user only, and the same at every start', () => {
    const folder = tempDir();
    const key = libraryAccessKey(folder);
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(statSync(join(folder, ACCESS_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(libraryAccessKey(folder)).toBe(key);
    expect(libraryAccessKey(tempDir())).not.toBe(key); // another library, another key
  });

  it('replaces a key file others could read, or one that holds no key', () => {
    const folder = tempDir();
    const key = libraryAccessKey(folder);
    chmodSync(join(folder, ACCESS_KEY_FILE), 0o644);
    const renewed = libraryAccessKey(folder);
    expect(renewed).not.toBe(key);
    expect(statSync(join(folder, ACCESS_KEY_FILE)).mode & 0o777).toBe(0o600);

    writeFileSync(join(folder, ACCESS_KEY_FILE), 'short', { mode: 0o600 });
    expect(libraryAccessKey(folder)).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(readFileSync(join(folder, ACCESS_KEY_FILE), 'utf8')).not.toBe('short');
  });

  it('remembers the last port, and ignores a note that is not a port', () => {
    const folder = tempDir();
    expect(rememberedPort(folder)).toBeUndefined();
    rememberPort(folder, 43123);
    expect(rememberedPort(folder)).toBe(43123);
    writeFileSync(join(folder, PORT_FILE), 'eighty');
    expect(rememberedPort(folder)).toBeUndefined();
  });
});
