import { basename } from 'node:path';
import { createTranslator } from '../../shared/i18n';
import type { Design } from '../../shared/model';
import { compareDesigns, describeChange } from '../../shared/review';
import { ServiceError } from '../services/errors';
import { readDesignFile } from '../services/files/design-file';
import { Library } from '../services/library/library';
import type { ImportResolution } from '../../shared/model';
import { EXIT, problemLines, type CommandContext } from './context';
import { withLibrary } from './library-commands';

export interface ImportOptions {
  library?: string;
  asCopy?: boolean;
  replace?: boolean;
  takeReview?: boolean;
}

const IMPORTED = {
  imported: 'imported',
  unchanged: 'already in the library, unchanged:',
  copied: 'imported as a separate copy:',
  replaced: 'replaced the library version (kept as a revision) with',
  merged: 'kept the library version and took in the review of',
} as const;

/** Shown at most, so a summary stays a summary. */
const MAX_CHANGES_SHOWN = 8;

/** Why an import stopped: what differs between the library's version and the file, and the choices. */
function conflictSummary(file: string, current: Design, incoming: Design): string[] {
  const t = createTranslator('en');
  const changes = compareDesigns(current, incoming);
  const context = { before: current, after: incoming, language: 'en' };
  const shown = changes.slice(0, MAX_CHANGES_SHOWN).map((change) => {
    const section = change.section === 'review' ? 'Review' : t(`enums.section.${change.section}`);
    return `    ${section}: ${describeChange(t, change, context)}`;
  });
  return [
    `${file}: not imported: the library already has "${current.title}" (${current.id}) with other content.`,
    changes.length === 0
      ? '  They differ only in dates or review history.'
      : `  The file differs in ${changes.length} ${changes.length === 1 ? 'place' : 'places'} (library version → file):`,
    ...shown,
    ...(changes.length > MAX_CHANGES_SHOWN ? [`    … and ${changes.length - MAX_CHANGES_SHOWN} more`] : []),
    '  Run again with one of:',
    '    --as-copy      keep both: add the file as a separate copy',
    '    --replace      replace the library version (it is kept as a revision)',
    "    --take-review  keep the library version, take in the file's comments and decision",
  ];
}

/** `import`: design files into the library, never replacing other content silently (declared in program.ts). */
export function importFiles(files: string[], options: ImportOptions, { output, setExit }: CommandContext): void {
  withLibrary(Library, options.library, output, (library) => {
    const resolve: ImportResolution | undefined = options.asCopy
      ? 'copy'
      : options.replace
        ? 'replace'
        : options.takeReview
          ? 'take-review'
          : undefined;
    for (const [index, file] of files.entries()) {
      try {
        const { design } = readDesignFile(file);
        const result = library.importDesign(design, { resolve, source: basename(file) });
        if (result.outcome === 'conflict') {
          conflictSummary(file, result.current, design).forEach((line) => output.out(line));
          setExit(EXIT.problems);
        } else output.out(`${file}: ${IMPORTED[result.outcome]} "${result.design.title}" (${result.design.id})`);
      } catch (error) {
        for (const line of problemLines(error)) output.out(`${file}: ${line}`);
        setExit(error instanceof ServiceError ? EXIT.problems : EXIT.unreadable);
        // The next files would meet the same full disk: say which were left, and stop.
        if (error instanceof ServiceError && error.code === 'disk-full' && index < files.length - 1) {
          output.out(`Not imported (the disk is full): ${files.slice(index + 1).join(', ')}`);
          return;
        }
      }
    }
  });
}
