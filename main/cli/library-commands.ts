import { Option, type Command } from 'commander';
import { basename } from 'node:path';
import { createTranslator } from '../../shared/i18n';
import type { Design } from '../../shared/model';
import { compareDesigns, describeChange } from '../../shared/review';
import { ServiceError } from '../services/errors';
import { readDesignFile } from '../services/files/design-file';
import { Library, type DesignSummary, type ImportResolution } from '../services/library/library';
import { defaultLibraryFolder } from '../services/paths';
import { EXIT, problemLines, type CommandContext } from './context';
import { libraryOption, wholeNumber } from './options';

function withLibrary<T>(folder: string | undefined, output: CommandContext['output'], use: (library: Library) => T): T {
  const library = Library.open(folder ?? defaultLibraryFolder());
  if (library.notice) output.err(library.notice);
  try {
    return use(library);
  } finally {
    library.close();
  }
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

function summaryLine(design: DesignSummary): string {
  const date = design.updated.slice(0, 10);
  return `${design.id}  ${date}  ${design.interpretation.padEnd(11)}  ${design.status.padEnd(17)}  ${design.title || '(untitled)'}`;
}

export function registerLibraryCommands(program: Command, { output, setExit }: CommandContext): void {
  program
    .command('import')
    .description(
      'Add design files to the library. A design the library already has with other content is not replaced: ' +
        'the command says what differs and which option to choose.',
    )
    .argument('<files...>', 'design files (.cbld)')
    .addOption(libraryOption())
    .addOption(
      new Option('--as-copy', 'keep both: add the file as a separate copy (a new id)').conflicts([
        'replace',
        'takeReview',
      ]),
    )
    .addOption(
      new Option(
        '--replace',
        'replace the library version with the file (the library version is kept as a revision)',
      ).conflicts('takeReview'),
    )
    .option('--take-review', "keep the library version and take in the file's review comments and decision")
    .action(
      (files: string[], options: { library?: string; asCopy?: boolean; replace?: boolean; takeReview?: boolean }) =>
        withLibrary(options.library, output, (library) => {
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
        }),
    );

  program
    .command('list')
    .description('List the designs in the library, most recently saved first.')
    .addOption(libraryOption())
    .option('--limit <n>', 'how many (1-500)', wholeNumber('--limit', 1, 500), 50)
    .action((options: { library?: string; limit: number }) =>
      withLibrary(options.library, output, (library) => {
        const designs = library.list({ limit: options.limit });
        if (designs.length === 0)
          output.out('The library is empty. Add designs with `challenge-designer import <file>`.');
        designs.forEach((design) => output.out(summaryLine(design)));
      }),
    );

  program
    .command('search')
    .description('Full-text search over titles, challenges, outcomes and activities.')
    .argument('<query>', 'words to look for (accents optional)')
    .addOption(libraryOption())
    .action((query: string, options: { library?: string }) =>
      withLibrary(options.library, output, (library) => {
        const designs = library.search(query);
        if (designs.length === 0) output.out(`No design matches "${query}".`);
        designs.forEach((design) => output.out(summaryLine(design)));
      }),
    );
}
