import type { Command } from 'commander';
import { ServiceError } from '../services/errors';
import { Library, type DesignSummary } from '../services/library/library';
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

function summaryLine(design: DesignSummary): string {
  const date = design.updated.slice(0, 10);
  return `${design.id}  ${date}  ${design.interpretation.padEnd(11)}  ${design.status.padEnd(17)}  ${design.title || '(untitled)'}`;
}

export function registerLibraryCommands(program: Command, { output, setExit }: CommandContext): void {
  program
    .command('import')
    .description('Add design files to the library (a design already there is updated; its old version is kept).')
    .argument('<files...>', 'design files (.cbld)')
    .addOption(libraryOption())
    .action((files: string[], options: { library?: string }) =>
      withLibrary(options.library, output, (library) => {
        for (const [index, file] of files.entries()) {
          try {
            const { design, replaced } = library.importFile(file);
            output.out(`${file}: ${replaced ? 'updated' : 'imported'} "${design.title}" (${design.id})`);
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
