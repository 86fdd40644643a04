import type { Command } from 'commander';
import { ServiceError } from '../services/errors';
import { readDesignFile } from '../services/files/design-file';
import { EXIT, problemLines, type CommandContext } from './context';

export function registerValidateCommand(program: Command, { output, setExit }: CommandContext): void {
  program
    .command('validate')
    .description('Check that design files are readable and valid; prints one line per problem.')
    .argument('<files...>', 'design files (.cbld)')
    .action((files: string[]) => {
      for (const file of files) {
        try {
          const { design, fromVersion } = readDesignFile(file);
          const migrated = fromVersion < design.schemaVersion ? ` (format ${fromVersion}, readable)` : '';
          output.out(`${file}: valid${migrated}`);
        } catch (error) {
          for (const line of problemLines(error)) output.out(`${file}: ${line}`);
          setExit(error instanceof ServiceError ? EXIT.problems : EXIT.unreadable);
        }
      }
    });
}
