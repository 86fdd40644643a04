import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What `serve` keeps in the library folder so that a restarted server finds its open tabs again:
 * the access key (readable by the user only) and the port it last listened on. A tab keeps
 * working across a restart on the same library; another library has another key.
 */
export const ACCESS_KEY_FILE = 'serve-access-key';
export const PORT_FILE = 'serve-port';

const KEY_FORMAT = /^[A-Za-z0-9_-]{32,128}$/;

/** True when others than the owner may read the file (POSIX permissions; Windows has ACLs instead). */
const readableByOthers = (file: string) => process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0;

function writePrivate(file: string, text: string): void {
  // Written under another name with owner-only permissions, then renamed: never half a key.
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temp, text, { mode: 0o600, flag: 'wx' });
  renameSync(temp, file);
}

/**
 * The library's access key: read from its file, or made and written (mode 0600) when there is
 * none. A key file others could read, or that holds no key, is replaced by a new key.
 */
export function libraryAccessKey(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, ACCESS_KEY_FILE);
  try {
    const key = readFileSync(file, 'utf8').trim();
    if (KEY_FORMAT.test(key) && !readableByOthers(file)) return key;
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(24).toString('base64url');
  writePrivate(file, key);
  return key;
}

/** The port `serve` last used for this library, if it noted one. */
export function rememberedPort(folder: string): number | undefined {
  try {
    const port = Number(readFileSync(join(folder, PORT_FILE), 'utf8').trim());
    return Number.isInteger(port) && port > 1024 && port < 65536 ? port : undefined;
  } catch {
    return undefined;
  }
}

export function rememberPort(folder: string, port: number): void {
  try {
    writePrivate(join(folder, PORT_FILE), String(port));
  } catch {
    // Only a convenience: the next start picks a free port and the tab is guided to it.
  }
}
