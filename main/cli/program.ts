import { errorMessage } from '../../shared/errors';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CREDENTIAL_FORMATS } from '../../shared/credentials/formats';
import { DOCUMENT_KINDS, EXPORT_FORMATS } from '../../shared/document/model';
import { APP_VERSION, DESIGN_FILE_EXTENSION } from '../../shared/product';
import { ServiceError } from '../services/errors';
import { EXIT, internalMessage, type CommandContext } from './context';
import { libraryOption, nonEmpty, wholeNumber } from './options';
import type { ExportOptions } from './export-command';
import type { ImportOptions } from './import-command';
import type { MergeCommandOptions } from './merge-command';
import type { PathwayExportOptions } from './pathway-command';
import { consoleOutput, type Output } from './output';
import { cliLanguage, cliLanguages, loadCliTranslator, type CliTranslate } from './i18n';
import { choices, commanderHelp, translateCommanderError } from './commander-i18n';
import { supportedLanguage } from '../../shared/i18n/languages';

/**
 * `challenge-designer`: the whole command line (commands, arguments, options, help) is declared
 * here; each command's work lives in its own module, imported when the command runs. A one-off
 * command then loads only what it uses (`--help` no SQLite and no design model, `list` no design
 * model): esbuild keeps each such `import()` a chunk of its own (scripts/build-main.mjs), and
 * test/integration/build/lazy-documents.test.ts holds it there. Commands return their exit code
 * through `setExit`.
 */
/**
 * Loads the module of a command that reads design files, after setting zod to interpret its
 * parsers (shared/zod-config.ts): one parse per process does not repay compiling them. zod reads
 * that setting when a schema is built, so it comes before the module that builds the schemas.
 */
async function readingDesigns<T>(load: () => Promise<T>): Promise<T> {
  await import('../../shared/zod-config');
  return load();
}

/** `--lang`: one of the languages the CLI speaks, else a usage error that lists them. */
function langParser(t: CliTranslate): (value: string) => string {
  return (value) => {
    const language = supportedLanguage(value, cliLanguages());
    if (!language) throw new InvalidArgumentError(t('usage.langUnsupported', { languages: cliLanguages().join(', ') }));
    return language;
  };
}

export function buildProgram(output: Output, setExit: (code: number) => void, t: CliTranslate): Command {
  const ext = { ext: DESIGN_FILE_EXTENSION };
  const program = new Command()
    .name('challenge-designer')
    .description(t('help.program', ext))
    .version(APP_VERSION, '-V, --version', t('help.version'))
    .configureOutput({
      writeOut: (s) => output.out(s.trimEnd()),
      writeErr: (s) => output.err(s.trimEnd()),
      outputError: (s, write) => write(translateCommanderError(s, t)),
    })
    // Before the commands are added, so they inherit them: help in the CLI's language, and
    // errors come back as exit codes, not process.exit.
    .configureHelp(commanderHelp(t))
    .helpOption('-h, --help', t('help.helpOption'))
    .helpCommand('help [command]', t('help.helpCommand'))
    .showHelpAfterError()
    .exitOverride();
  // Read before the commands are built (their help is in this language: cliLanguage); declared
  // here so that commander accepts it anywhere and rejects a language the CLI does not speak.
  program.addOption(
    new Option('--lang <code>', t('help.lang', { languages: cliLanguages().join(', ') })).argParser(langParser(t)),
  );
  const context: CommandContext = { output, setExit, t };

  program
    .command('validate')
    .description(t('help.validate.description'))
    .argument('<files...>', t('help.arg.designFiles', ext))
    .action(async (files: string[]) =>
      (await readingDesigns(() => import('./validate-command'))).validate(files, context),
    );

  program
    .command('check')
    .description(t('help.check.description'))
    .argument('<files...>', t('help.arg.designFiles', ext))
    .option('--json', t('help.opt.json'))
    .addHelpText('after', `\n${t('help.check.exit')}`)
    .action(async (files: string[], options: { json?: boolean }) =>
      (await readingDesigns(() => import('./check-command'))).check(files, options, context),
    );

  const exportCommand = program
    .command('export')
    .description(t('help.export.description'))
    .argument('<file>', t('help.arg.designFile', ext))
    .addOption(choices(new Option('--document <kind>', t('help.export.document')), DOCUMENT_KINDS, t))
    .addOption(
      choices(
        new Option('--format <format>', t('help.export.format')),
        [...EXPORT_FORMATS, ...CREDENTIAL_FORMATS],
        t,
      ).makeOptionMandatory(),
    )
    .option('--out <path>', t('help.export.out'), nonEmpty('--out', 'fileName', t))
    .option('--force', t('help.opt.force'))
    .option(
      '--second-language <code>',
      t('help.export.secondLanguage'),
      nonEmpty('--second-language', 'languageCode', t),
    )
    .action(async (file: string, options: ExportOptions) => {
      const document = (EXPORT_FORMATS as readonly string[]).includes(options.format);
      if (document && !options.document)
        exportCommand.error(
          t('usage.exportNeedsDocument', { format: options.format, kinds: DOCUMENT_KINDS.join(', ') }),
          { exitCode: EXIT.usage },
        );
      if (!document && options.document)
        exportCommand.error(t('usage.documentOnlyForDocuments', { format: options.format }), {
          exitCode: EXIT.usage,
        });
      await (await readingDesigns(() => import('./export-command'))).exportDesign(file, options, context);
    });

  const importCommand = program
    .command('import')
    .description(t('help.import.description'))
    .argument('<files...>', t('help.import.files', ext))
    .addOption(libraryOption(t))
    .addOption(new Option('--as-copy', t('help.import.asCopy')).conflicts(['replace', 'takeReview']))
    .addOption(new Option('--replace', t('help.import.replace')).conflicts('takeReview'))
    .option('--take-review', t('help.import.takeReview'))
    .option('--out <path>', t('help.import.out'), nonEmpty('--out', 'fileName', t))
    .action(async (files: string[], options: ImportOptions) => {
      if (options.out !== undefined && files.length > 1)
        importCommand.error(t('usage.importOutOne'), { exitCode: EXIT.usage });
      await (await readingDesigns(() => import('./import-command'))).importFiles(files, options, context);
    });

  const mergeCommand = program
    .command('merge')
    .description(t('help.merge.description'))
    .argument('<files...>', t('help.merge.files'))
    .requiredOption('--out <path>', t('help.merge.out'), nonEmpty('--out', 'fileName', t))
    .option('--force', t('help.merge.force'))
    .option('--prefer <file>', t('help.merge.prefer'))
    .option('--keep-both', t('help.merge.keepBoth'))
    .option('--answers <file>', t('help.merge.answers'), nonEmpty('--answers', 'fileName', t))
    .addHelpText('after', `\n${t('help.merge.exit')}`)
    .action(async (files: string[], options: MergeCommandOptions) => {
      if (files.length < 2) mergeCommand.error(t('usage.mergeNeedsTwo'), { exitCode: EXIT.usage });
      await (await readingDesigns(() => import('./merge-command'))).mergeFiles(files, options, context);
    });
  const pathway = program.command('pathway').description(t('help.pathway.description'));

  pathway
    .command('check')
    .description(t('help.pathway.check.description'))
    .argument('<files...>', t('help.arg.pathwayFiles'))
    .option('--json', t('help.opt.json'))
    .addOption(libraryOption(t))
    .addHelpText('after', `\n${t('help.pathway.check.exit')}`)
    .action(async (files: string[], options: { json?: boolean; library?: string }) =>
      (await readingDesigns(() => import('./pathway-command'))).checkPathways(files, options, context),
    );

  pathway
    .command('export')
    .description(t('help.pathway.export.description'))
    .argument('<file>', t('help.arg.pathwayFile'))
    .addOption(
      choices(
        new Option('--format <format>', t('help.pathway.export.format')),
        [...EXPORT_FORMATS, 'elm'],
        t,
      ).makeOptionMandatory(),
    )
    .option('--out <path>', t('help.pathway.export.out'), nonEmpty('--out', 'fileName', t))
    .option('--force', t('help.opt.force'))
    .addOption(libraryOption(t))
    .action(async (file: string, options: PathwayExportOptions) =>
      (await readingDesigns(() => import('./pathway-command'))).exportPathway(file, options, context),
    );

  program
    .command('list')
    .description(t('help.list.description'))
    .addOption(libraryOption(t))
    .option('--limit <n>', t('help.list.limit'), wholeNumber('--limit', 1, 500, t), 50)
    .action(async (options: { library?: string; limit: number }) =>
      (await import('./library-commands')).list(options, context),
    );

  program
    .command('search')
    .description(t('help.search.description'))
    .argument('<query>', t('help.search.query'))
    .addOption(libraryOption(t))
    .action(async (query: string, options: { library?: string }) =>
      (await import('./library-commands')).search(query, options, context),
    );

  program
    .command('serve')
    .description(t('help.serve.description'))
    .option('--port <n>', t('help.serve.port'), wholeNumber('--port', 0, 65535, t))
    .addOption(libraryOption(t))
    .option('--open', t('help.serve.open'))
    .action(async (options: { port?: number; library?: string; open?: boolean }) =>
      (await import('./serve-command')).serve(options, context),
    );

  return program;
}

/**
 * Runs the CLI on its arguments (without node and the script). Its messages are in the
 * language `--lang` or the environment (LC_ALL, LC_MESSAGES, LANG, LANGUAGE) asks for, else
 * English; exported documents keep the design's language.
 */
export async function runCli(
  argv: string[],
  output: Output = consoleOutput,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let exitCode: number = EXIT.ok;
  const t = await loadCliTranslator(cliLanguage(argv, env));
  const program = buildProgram(output, (code) => (exitCode = Math.max(exitCode, code)), t);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    // Commander has printed its message (and the help); --help and --version end with 0.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof ServiceError) {
      output.err(errorMessage(t, error));
      return EXIT.unreadable;
    }
    output.err(internalMessage(error, t));
    return EXIT.internal;
  }
}
