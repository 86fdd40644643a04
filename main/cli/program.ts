import { Command, CommanderError, Option } from 'commander';
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

export function buildProgram(output: Output, setExit: (code: number) => void): Command {
  const program = new Command()
    .name('challenge-designer')
    .description(
      `Design challenge-based micro-credentials: validate, check, import and export design files (${DESIGN_FILE_EXTENSION}).`,
    )
    .version(APP_VERSION)
    .configureOutput({ writeOut: (s) => output.out(s.trimEnd()), writeErr: (s) => output.err(s.trimEnd()) })
    .showHelpAfterError()
    // Before the commands are added, so they inherit it: errors come back as exit codes, not process.exit.
    .exitOverride();
  const context: CommandContext = { output, setExit };

  program
    .command('validate')
    .description('Check that design files are readable and valid; prints one line per problem.')
    .argument('<files...>', `design files (${DESIGN_FILE_EXTENSION})`)
    .action(async (files: string[]) =>
      (await readingDesigns(() => import('./validate-command'))).validate(files, context),
    );

  program
    .command('check')
    .description('Run the design checks on design files: findings grouped by severity with the item path.')
    .argument('<files...>', `design files (${DESIGN_FILE_EXTENSION})`)
    .option('--json', 'print one JSON array with a result per file')
    .addHelpText(
      'after',
      '\nExit status: 0 no errors, 1 a design has errors, 2 a file could not be read or an option is wrong.',
    )
    .action(async (files: string[], options: { json?: boolean }) =>
      (await readingDesigns(() => import('./check-command'))).check(files, options, context),
    );

  const exportCommand = program
    .command('export')
    .description(
      'Export a design as a document (micro-credential specification, course syllabus, approval proposal, review ' +
        'report) or as machine-readable data for Europass or Open Badges 3.0.',
    )
    .argument('<file>', `design file (${DESIGN_FILE_EXTENSION})`)
    .addOption(
      new Option('--document <kind>', 'which document (with --format docx or pdf)').choices([...DOCUMENT_KINDS]),
    )
    .addOption(
      new Option(
        '--format <format>',
        'docx or pdf (a document); elm: Europass learning opportunity (ELM v3 JSON-LD); elm-credential: unsigned ' +
          'Europass credential to upload to the EDC issuer; ob3: Open Badges 3.0 achievement; ob3-credential: its ' +
          'unsigned credential template',
      )
        .choices([...EXPORT_FORMATS, ...CREDENTIAL_FORMATS])
        .makeOptionMandatory(),
    )
    .option(
      '--out <path>',
      'where to write (default: next to the design file, named after its title)',
      nonEmpty('--out', 'a file name'),
    )
    .option('--force', 'replace the output file if it exists')
    .option(
      '--second-language <code>',
      "the specification in two languages: the design's and this one, from the design's translations (e.g. fr)",
      nonEmpty('--second-language', 'a language code'),
    )
    .action(async (file: string, options: ExportOptions) => {
      const document = (EXPORT_FORMATS as readonly string[]).includes(options.format);
      if (document && !options.document)
        exportCommand.error(
          `--format ${options.format} exports a document: say which with --document (${DOCUMENT_KINDS.join(', ')}).`,
          { exitCode: EXIT.usage },
        );
      if (!document && options.document)
        exportCommand.error(
          `--document applies to docx and pdf only: --format ${options.format} exports the design itself as data.`,
          { exitCode: EXIT.usage },
        );
      await (await readingDesigns(() => import('./export-command'))).exportDesign(file, options, context);
    });

  const importCommand = program
    .command('import')
    .description(
      'Add design files to the library. A design the library already has with other content is not replaced: ' +
        'the command says what differs and which option to choose.',
    )
    .argument(
      '<files...>',
      `design files (${DESIGN_FILE_EXTENSION}), or Europass (ELM) and Open Badges 3.0 files, each a new design`,
    )
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
    .option(
      '--out <path>',
      'write the design one Europass or Open Badges file becomes to this design file (.cbld), not the library',
      nonEmpty('--out', 'a file name'),
    )
    .action(async (files: string[], options: ImportOptions) => {
      if (options.out !== undefined && files.length > 1)
        importCommand.error('--out takes one Europass or Open Badges file; import several into the library.', {
          exitCode: EXIT.usage,
        });
      await (await readingDesigns(() => import('./import-command'))).importFiles(files, options, context);
    });

  const mergeCommand = program
    .command('merge')
    .description(
      'Merge team members’ copies of one design into one file: changes to different items, fields or lists ' +
        'combine; where two copies changed the same thing differently, the command asks (and writes nothing) ' +
        'until told how.',
    )
    .argument('<files...>', 'two or more design files (.cbld) of the same design; the first is yours')
    .requiredOption('--out <path>', 'the merged design file to write', nonEmpty('--out', 'a file name'))
    .option('--force', 'replace the --out file if it exists')
    .option('--prefer <file>', 'answer every question with this file’s version, where it has one')
    .option('--keep-both', 'where two people wrote different text, keep both texts, one after the other')
    .option(
      '--answers <file>',
      'a JSON file of answers: {"<question id>": <choice number>}, with the ids and numbers the questions print',
      nonEmpty('--answers', 'a file name'),
    )
    .addHelpText(
      'after',
      '\nExit status: 0 merged and written, 1 questions left unanswered (nothing written), 2 a file could not be ' +
        'read, the copies are of different designs, --out exists without --force, or an option is wrong.',
    )
    .action(async (files: string[], options: MergeCommandOptions) => {
      if (files.length < 2)
        mergeCommand.error('merge needs at least two copies of a design: yours and a team member’s.', {
          exitCode: EXIT.usage,
        });
      await (await readingDesigns(() => import('./merge-command'))).mergeFiles(files, options, context);
    });
  const pathway = program
    .command('pathway')
    .description('Pathways (.cbpath): several designs stacked into a larger credential. See the subcommands.');

  pathway
    .command('check')
    .description(
      'Totals (ECTS, hours, EQF levels), parts, coverage of competences and SDG targets, and the pathway checks. ' +
        'Parts are found beside the pathway, then in the library.',
    )
    .argument('<files...>', 'pathway files (.cbpath)')
    .option('--json', 'print one JSON array with a result per file')
    .addOption(libraryOption())
    .addHelpText(
      'after',
      '\nExit status: 0 no errors, 1 a pathway has errors, 2 a file could not be read or an option is wrong.',
    )
    .action(async (files: string[], options: { json?: boolean; library?: string }) =>
      (await readingDesigns(() => import('./pathway-command'))).checkPathways(files, options, context),
    );

  pathway
    .command('export')
    .description(
      'Export the pathway document (totals, checks, parts, coverage matrices, overlaps) as DOCX or PDF, or the ' +
        'pathway as a Europass specification with its parts (ELM v3 JSON-LD).',
    )
    .argument('<file>', 'pathway file (.cbpath)')
    .addOption(
      new Option('--format <format>', 'docx or pdf (the pathway document); elm: Europass (ELM v3) JSON-LD')
        .choices([...EXPORT_FORMATS, 'elm'])
        .makeOptionMandatory(),
    )
    .option(
      '--out <path>',
      'where to write (default: next to the pathway file, named after its title)',
      nonEmpty('--out', 'a file name'),
    )
    .option('--force', 'replace the output file if it exists')
    .addOption(libraryOption())
    .action(async (file: string, options: PathwayExportOptions) =>
      (await readingDesigns(() => import('./pathway-command'))).exportPathway(file, options, context),
    );

  program
    .command('list')
    .description('List the designs in the library, most recently saved first.')
    .addOption(libraryOption())
    .option('--limit <n>', 'how many (1-500)', wholeNumber('--limit', 1, 500), 50)
    .action(async (options: { library?: string; limit: number }) =>
      (await import('./library-commands')).list(options, context),
    );

  program
    .command('search')
    .description('Full-text search over titles, challenges, outcomes and activities.')
    .argument('<query>', 'words to look for (accents optional)')
    .addOption(libraryOption())
    .action(async (query: string, options: { library?: string }) =>
      (await import('./library-commands')).search(query, options, context),
    );

  program
    .command('serve')
    .description('Run the app in your browser: serves the UI and the back end on 127.0.0.1 only.')
    .option('--port <n>', 'port (default: a free one)', wholeNumber('--port', 0, 65535))
    .addOption(libraryOption())
    .option('--open', 'open the address in the default browser')
    .action(async (options: { port?: number; library?: string; open?: boolean }) =>
      (await import('./serve-command')).serve(options, context),
    );

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
