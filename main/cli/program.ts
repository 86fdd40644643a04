import { Command, CommanderError } from 'commander';
import { ServiceError } from '../services/errors';
import { registerCheckCommand } from './check-command';
import { registerExportCommand } from './export-command';
import { registerLibraryCommands } from './library-commands';
import { registerServeCommand } from './serve-command';
import { EXIT, internalMessage } from './context';
import { consoleOutput, type Output } from './output';
import { registerValidateCommand } from './validate-command';

/**
 * `challenge-designer`: each command lives in its own module and registers itself here, so
 * later commands (check, export, serve) slot in without touching the others. Commands return
 * their exit code.
 */
export function buildProgram(output: Output, setExit: (code: number) => void): Command {
  const program = new Command()
    .name('challenge-designer')
    .description('Design challenge-based micro-credentials: validate, check, import and export design files (.cbld).')
    .version('0.1.0')
    .configureOutput({ writeOut: (s) => output.out(s.trimEnd()), writeErr: (s) => output.err(s.trimEnd()) })
    .showHelpAfterError()
    // Before the commands are added, so they inherit it: errors come back as exit codes, not process.exit.
    .exitOverride();
  const context = { output, setExit };
  registerValidateCommand(program, context);
  registerCheckCommand(program, context);
  registerExportCommand(program, context);
  registerLibraryCommands(program, context);
  registerServeCommand(program, context);
  return program;
}

export async function runCli(argv: string[], output: Output = consoleOutput): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(output, (code) => (exitCode = Math.max(exitCode, code)));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    // Commander has printed its message (and the help); --help and --version end with 0.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof ServiceError) {
      output.err(error.message);
      return EXIT.unreadable;
    }
    output.err(internalMessage(error));
    return EXIT.internal;
  }
}
