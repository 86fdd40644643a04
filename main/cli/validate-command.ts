import { ServiceError } from '../services/errors';
import { readDesignFile } from '../services/files/design-file';
import { EXIT, problemLines, type CommandContext } from './context';

/** `validate`: one line per file, valid or its problems (declared in program.ts). */
export function validate(files: string[], { output, setExit, t }: CommandContext): void {
  for (const file of files) {
    try {
      const { design, fromVersion } = readDesignFile(file);
      output.out(
        fromVersion < design.schemaVersion
          ? t('validate.validOlder', { file, version: String(fromVersion) })
          : t('validate.valid', { file }),
      );
    } catch (error) {
      for (const line of problemLines(error, t)) output.out(`${file}: ${line}`);
      setExit(error instanceof ServiceError ? EXIT.problems : EXIT.unreadable);
    }
  }
}
