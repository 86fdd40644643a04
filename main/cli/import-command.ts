import { existsSync } from 'node:fs';
import { basename, resolve as resolvePath } from 'node:path';
import type { CredentialImport } from '../../shared/credentials/import';
import { MAX_DESIGN_FILE_BYTES } from '../../shared/model';
import { createTranslator } from '../../shared/i18n';
import type { Design } from '../../shared/model';
import { compareDesigns, describeChange } from '../../shared/review';
import { detailMessagesOf, message, messageOfError } from '../../shared/errors';
import { ServiceError } from '../services/errors';
import { readRegularFileSync } from '../services/files/bounded-read';
import { readDesignFile, writeDesignFile } from '../services/files/design-file';
import { refuseLibraryTarget } from '../services/library/library-files';
import { defaultLibraryFolder } from '../services/paths';
import { Library } from '../services/library/library';
import type { ImportResolution } from '../../shared/model';
import { EXIT, problemLines, type CommandContext } from './context';
import { withLibrary } from './library-commands';
import type { CliTranslate } from './i18n';

export interface ImportOptions {
  library?: string;
  asCopy?: boolean;
  replace?: boolean;
  takeReview?: boolean;
  /** Write the design a Europass or Open Badges file becomes to this .cbld file, not the library. */
  out?: string;
}

/**
 * A Europass (ELM) or Open Badges 3.0 document rather than a design file: JSON whose object
 * names a JSON-LD context or wraps a credential for the EDC issuer, and has no schemaVersion.
 * Anything else goes the design file's way, which names every problem.
 */
function credentialText(file: string): string | null {
  const read = readRegularFileSync(file, MAX_DESIGN_FILE_BYTES);
  if (read.overLimit) return null;
  const text = read.bytes.toString('utf8').replace(/^\uFEFF/, '');
  try {
    const value = JSON.parse(text) as unknown;
    const root = Array.isArray(value) && value.length === 1 ? (value[0] as unknown) : value;
    if (typeof root !== 'object' || root === null || Array.isArray(root) || 'schemaVersion' in root) return null;
    return '@context' in root || 'credential' in root ? text : null;
  } catch {
    return null;
  }
}

/** What a credential file was, as the CLI says it (import.kind.<kind>). */
const kindOf = (t: CliTranslate, kind: CredentialImport['kind']) => t(`import.kind.${kind}`);

/** Shown at most of what did not map. */
const MAX_UNMAPPED_SHOWN = 40;

/** What a credential import says: what it was, and each value the design cannot hold. */
function unmappedLines({ unmapped }: CredentialImport, t: CliTranslate): string[] {
  if (unmapped.length === 0) return [`  ${t('import.allMapped')}`];
  return [
    `  ${t('import.notCarriedOver', { count: unmapped.length })}`,
    ...unmapped
      .slice(0, MAX_UNMAPPED_SHOWN)
      .map((u) => `    ${u.property}: ${u.about ? t(`import.about.${u.about}`) : u.value}`),
    ...(unmapped.length > MAX_UNMAPPED_SHOWN
      ? [`    ${t('andMore', { count: unmapped.length - MAX_UNMAPPED_SHOWN })}`]
      : []),
  ];
}

/** The credential as a new design (the CLI converts inline: a one-off command needs no thread). */
async function convert(text: string): Promise<CredentialImport> {
  const { importCredential, CredentialFileError } = await import('../services/credentials/credential-service');
  try {
    return importCredential(text);
  } catch (error) {
    const name = (error as Error | null)?.name;
    if (error instanceof CredentialFileError || name === 'CredentialImportError')
      throw new ServiceError('invalid-credential', messageOfError(error), detailMessagesOf(error));
    throw error;
  }
}

/**
 * `import <file> --out design.cbld`: a Europass or Open Badges file becomes a design file, the
 * library untouched. An existing file is never replaced.
 */
export async function importToFile(file: string, out: string, { output, setExit, t }: CommandContext): Promise<void> {
  try {
    const text = credentialText(file);
    if (text === null)
      throw new ServiceError('not-a-design-file', message('errors.cli.notCredentialFile', { path: file }));
    const target = resolvePath(out);
    refuseLibraryTarget(target, defaultLibraryFolder());
    if (existsSync(target)) throw new ServiceError('exists', message('errors.file.exists', { path: target }));
    const result = await convert(text);
    await writeDesignFile(target, result.design);
    output.out(t('import.convertedToFile', { file, kind: kindOf(t, result.kind), title: result.design.title, target }));
    unmappedLines(result, t).forEach((line) => output.out(line));
  } catch (error) {
    for (const line of problemLines(error, t)) output.out(`${file}: ${line}`);
    setExit(error instanceof ServiceError ? EXIT.problems : EXIT.unreadable);
  }
}

/** Shown at most, so a summary stays a summary. */
const MAX_CHANGES_SHOWN = 8;

/** Why an import stopped: what differs between the library's version and the file, and the choices. */
function conflictSummary(file: string, current: Design, incoming: Design, cli: CliTranslate): string[] {
  const t = createTranslator(cli.language);
  const changes = compareDesigns(current, incoming);
  const context = { before: current, after: incoming, language: cli.language };
  const shown = changes.slice(0, MAX_CHANGES_SHOWN).map((change) => {
    const section = change.section === 'review' ? cli('import.reviewSection') : t(`enums.section.${change.section}`);
    return `    ${section}: ${describeChange(t, change, context)}`;
  });
  const choices = (['asCopy', 'replace', 'takeReview'] as const).map((choice) => cli(`import.choice.${choice}`));
  const width = Math.max(...['--as-copy', '--replace', '--take-review'].map((flag) => flag.length)) + 2;
  return [
    `${file}: ${cli('import.conflict', { title: current.title, id: current.id })}`,
    changes.length === 0
      ? `  ${cli('import.differOnlyInDates')}`
      : `  ${cli('import.differsIn', { count: changes.length })}`,
    ...shown,
    ...(changes.length > MAX_CHANGES_SHOWN
      ? [`    ${cli('andMore', { count: changes.length - MAX_CHANGES_SHOWN })}`]
      : []),
    `  ${cli('import.runAgainWith')}`,
    ...['--as-copy', '--replace', '--take-review'].map((flag, i) => `    ${flag.padEnd(width)}${choices[i]}`),
  ];
}

/** `import`: design files into the library, never replacing other content silently (declared in program.ts). */
export async function importFiles(files: string[], options: ImportOptions, context: CommandContext): Promise<void> {
  const { output, setExit, t } = context;
  if (options.out !== undefined) return importToFile(files[0]!, options.out, context);
  // Europass and Open Badges files become new designs; they are converted before the library opens.
  const credentials = new Map<string, CredentialImport | Error>();
  for (const file of files) {
    let text: string | null = null;
    try {
      text = credentialText(file);
    } catch {
      // Unreadable: the design file's reading below says why.
    }
    if (text !== null) credentials.set(file, await convert(text).catch((error: unknown) => error as Error));
  }
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
        const credential = credentials.get(file);
        if (credential instanceof Error) throw credential;
        if (credential) {
          // Always a new design (its own id): nothing in the library is replaced.
          const result = library.importDesign(credential.design, { source: basename(file) });
          if (result.outcome === 'conflict') throw new Error('a new design met an id the library has');
          output.out(
            t('import.credentialImported', {
              file,
              kind: kindOf(t, credential.kind),
              title: result.design.title,
              id: result.design.id,
            }),
          );
          unmappedLines(credential, t).forEach((line) => output.out(line));
          continue;
        }
        const { design } = readDesignFile(file);
        const result = library.importDesign(design, { resolve, source: basename(file) });
        if (result.outcome === 'conflict') {
          conflictSummary(file, result.current, design, t).forEach((line) => output.out(line));
          setExit(EXIT.problems);
        } else
          output.out(
            `${file}: ${t(`import.outcome.${result.outcome}`, { title: result.design.title, id: result.design.id })}`,
          );
      } catch (error) {
        for (const line of problemLines(error, t)) output.out(`${file}: ${line}`);
        setExit(error instanceof ServiceError ? EXIT.problems : EXIT.unreadable);
        // The next files would meet the same full disk: say which were left, and stop.
        if (error instanceof ServiceError && error.code === 'disk-full' && index < files.length - 1) {
          output.out(t('import.diskFullLeft', { files: files.slice(index + 1).join(', ') }));
          return;
        }
      }
    }
  });
}
