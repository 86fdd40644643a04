import { LibraryReader } from '../services/library/library-reader';
import type { DesignSummary } from '../../shared/model';
import { defaultLibraryFolder } from '../services/paths';
import type { CommandContext } from './context';
import type { CliTranslate } from './i18n';

/**
 * `list` and `search` (declared in program.ts). They read summaries only, through the
 * LibraryReader: no design model, no translations, so at 100,000 designs they stay close to a
 * raw SQLite query (bench/library-100k.bench.ts).
 */

/** Opens the library (the reader, or the full Library for commands that write), says if it was damaged, closes it after use. */
export function withLibrary<L extends LibraryReader, T>(
  kind: { open(folder: string): L },
  folder: string | undefined,
  output: CommandContext['output'],
  use: (library: L) => T,
): T {
  const library = kind.open(folder ?? defaultLibraryFolder());
  if (library.notice) output.err(library.notice);
  try {
    return use(library);
  } finally {
    library.close();
  }
}

/** One design per line: id, date, reading and status (codes, so scripts can read them), title. */
function summaryLine(design: DesignSummary, t: CliTranslate): string {
  const date = design.updated.slice(0, 10);
  return `${design.id}  ${date}  ${design.interpretation.padEnd(11)}  ${design.status.padEnd(17)}  ${design.title || t('library.untitled')}`;
}

export function list(options: { library?: string; limit: number }, { output, t }: CommandContext): void {
  withLibrary(LibraryReader, options.library, output, (library) => {
    const designs = library.list({ limit: options.limit });
    if (designs.length === 0) output.out(t('library.empty'));
    designs.forEach((design) => output.out(summaryLine(design, t)));
  });
}

export function search(query: string, options: { library?: string }, { output, t }: CommandContext): void {
  withLibrary(LibraryReader, options.library, output, (library) => {
    const designs = library.search(query);
    if (designs.length === 0) output.out(t('library.noMatch', { query }));
    designs.forEach((design) => output.out(summaryLine(design, t)));
  });
}
