import { basename } from 'node:path';
import { readDesignFileAsync, writeDesignFile } from '../services/files/design-file';
import { triageFolder, triageTexts } from '../services/triage';
import type { AreaHandlers, HandlerContext } from './handler-types';
import { imported } from './library-handlers';
import { parsed } from './parsed';

/** Design files: open, parse, save, import and triage. */
export function filesHandlers({ services, platform, library, writable }: HandlerContext): AreaHandlers<'files'> {
  const { checks } = services;
  return {
    // Files are read without blocking the process (the Electron main process serves the window).
    'files.open': async ({ path }) => {
      const { design, fromVersion } = await readDesignFileAsync(path);
      platform.onFileUsed?.(path);
      return { design, source: path, fromVersion };
    },
    'files.parse': ({ name, text }) => {
      const { design, fromVersion } = parsed(name, text);
      return { design, source: name, fromVersion };
    },
    'files.save': async ({ path, design, replaceNonDesign }) => {
      writable(path);
      await writeDesignFile(path, design, { replaceNonDesign });
      platform.onFileUsed?.(path);
      return { path };
    },
    'files.import': async ({ path }) =>
      imported(library().importDesign((await readDesignFileAsync(path)).design, { source: basename(path) })),
    'files.triageFolder': ({ path }) => triageFolder(path, checks),
    'files.triage': ({ files }) => triageTexts(files, checks),
  };
}
