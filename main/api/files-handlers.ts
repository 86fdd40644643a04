import { basename } from 'node:path';
import type { Design } from '../../shared/model';
import { readDesignFileAsync, writeDesignFile } from '../services/files/design-file';
import { triageFolder, triageTexts } from '../services/triage';
import type { AreaHandlers, HandlerContext } from './handler-types';
import { imported } from './library-handlers';
import { parsed } from './parsed';

/** Design files: open, parse, save, import and triage. */
export function filesHandlers({ services, platform, library, writable }: HandlerContext): AreaHandlers<'files'> {
  const { checks } = services;
  /**
   * A design written to a file leaves for the team: the first time, its content becomes the
   * agreed version its copies merge from (README, "Working as a team"). A library that cannot be
   * opened does not stop the save: the file is written as it is, the way out that keeps the work.
   */
  const sharing = (design: Design): Design => {
    try {
      return library().prepareForSharing(design);
    } catch {
      return design;
    }
  };
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
      await writeDesignFile(path, sharing(design), { replaceNonDesign });
      platform.onFileUsed?.(path);
      return { path };
    },
    'files.import': async ({ path }) =>
      imported(library().importDesign((await readDesignFileAsync(path)).design, { source: basename(path) })),
    'files.triageFolder': ({ path }) => triageFolder(path, checks),
    'files.triage': ({ files }) => triageTexts(files, checks),
  };
}
