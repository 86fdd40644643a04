import { homedir } from 'node:os';
import { join } from 'node:path';
import { findTemplatesDir } from './catalog/templates';
import { PRODUCT_NAME } from '../../shared/product';

export { PRODUCT_NAME };

/**
 * The folder Electron uses as `userData` for this app, computed without Electron, so the CLI
 * and the desktop app share one library. CHALLENGE_DESIGNER_LIBRARY overrides it.
 */
export function defaultLibraryFolder(env = process.env, platform = process.platform): string {
  if (env.CHALLENGE_DESIGNER_LIBRARY) return env.CHALLENGE_DESIGNER_LIBRARY;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

/** The built renderer sits in dist/renderer beside templates/: from source, installed and packaged. */
export const rendererDir = () => join(findTemplatesDir(), '..', 'dist', 'renderer');
