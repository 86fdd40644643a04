import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createTranslator } from '../../shared/i18n';
import type { MergeConflict, Resolutions } from '../../shared/merge';
import { conflictWhere, optionWords } from '../../shared/merge/describe';
import type { MergePreview } from '../services/merge/merge-service';
import { MergeService } from '../services/merge/merge-service';
import { message } from '../../shared/errors';
import { ServiceError } from '../services/errors';
import { writeDesignFile } from '../services/files/design-file';
import { refuseLibraryTarget } from '../services/library/library-files';
import { defaultLibraryFolder } from '../services/paths';
import { EXIT, type CommandContext } from './context';
import type { CliTranslate } from './i18n';

export interface MergeCommandOptions {
  out: string;
  force?: boolean;
  /** Answer every question with this file's version, where it has one. */
  prefer?: string;
  /** Keep both texts (one after the other) where two people wrote different text. */
  keepBoth?: boolean;
  /** A JSON file: { "<question id>": <number of the choice, as printed> }. */
  answers?: string;
}

/** Reads --answers: printed choice numbers (from 1) by question id, as the engine's indexes (from 0). */
function readAnswers(path: string): Record<string, number> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ServiceError(
      'invalid-design',
      message(`errors.merge.${missing ? 'answersMissing' : 'answersNotJson'}`, { path }),
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new ServiceError('invalid-design', message('errors.merge.answersNotObject', { path }));
  const answers: Record<string, number> = {};
  for (const [id, choice] of Object.entries(data)) {
    if (!Number.isInteger(choice) || (choice as number) < 1)
      throw new ServiceError(
        'invalid-design',
        message('errors.merge.answersBadChoice', { path, choice: JSON.stringify(choice), id }),
      );
    answers[id] = (choice as number) - 1;
  }
  return answers;
}

/** Which input --prefer names: its path as given, its full path or its file name. */
function preferredInput(prefer: string, files: readonly string[]): number {
  const index = files.findIndex((file) => file === prefer || resolve(file) === resolve(prefer));
  if (index >= 0) return index;
  const byName = files.flatMap((file, i) => (basename(file) === basename(prefer) ? [i] : []));
  if (byName.length === 1) return byName[0]!;
  throw new ServiceError(
    'invalid-design',
    byName.length > 1
      ? message('errors.merge.preferAmbiguous', { prefer, name: basename(prefer) })
      : message('errors.merge.preferUnknown', { prefer, files: files.join(', ') }),
  );
}

/** The answer the options give to a question, if they give one. */
function answerOf(
  conflict: MergeConflict,
  answers: Record<string, number>,
  options: MergeCommandOptions,
  preferred: number | null,
): number | undefined {
  const given = answers[conflict.id];
  if (given !== undefined) return given < conflict.options.length ? given : undefined;
  if (options.keepBoth) {
    const both = conflict.options.findIndex((option) => option.kind === 'all');
    if (both >= 0) return both;
  }
  if (preferred !== null) {
    const held = conflict.options.findIndex((option) => option.holders.includes(preferred));
    if (held >= 0) return held;
  }
  return undefined;
}

/** One question, plainly: where, what happened, each choice with who holds it. */
function questionLines(
  conflict: MergeConflict,
  number: number,
  preview: MergePreview,
  files: readonly string[],
  cli: CliTranslate,
) {
  const t = createTranslator(cli.language);
  const context = { before: preview.design, after: preview.design, language: cli.language };
  const quote = (text: string) => (text.includes('\n') ? `\n        ${text.replace(/\n/g, '\n        ')}` : ` ${text}`);
  const lines = [
    `${number}. ${conflictWhere(t, conflict)}: ${cli(`merge.kind.${conflict.kind}`)}`,
    `   ${cli('merge.id', { id: conflict.id })}`,
  ];
  if (conflict.usedBy?.length) lines.push(`   ${cli('merge.linkedBy', { items: conflict.usedBy.join('; ') })}`);
  if ('base' in conflict && conflict.kind === 'field')
    lines.push(
      `   ${cli('merge.before')}${quote(optionWords(t, conflict, { kind: 'value', value: conflict.base, holders: [] }, context))}`,
    );
  conflict.options.forEach((option, index) => {
    const holders = option.holders.map((holder) => files[holder]).join(', ');
    const who = cli(
      `merge.option.${option.kind === 'all' || option.kind === 'remove' || option.kind === 'keep' ? option.kind : 'value'}`,
      {
        files: holders,
      },
    );
    const words = optionWords(t, conflict, option, context);
    lines.push(`   [${index + 1}] ${who}${words ? `:${quote(words)}` : ''}`);
  });
  return lines;
}

/** `merge`: copies of one design into one file (declared in program.ts). */
export async function mergeFiles(
  files: string[],
  options: MergeCommandOptions,
  { output, setExit, t }: CommandContext,
) {
  const target = resolve(options.out);
  // The app's library is never a target, even with --force; an existing file only with --force.
  refuseLibraryTarget(target, defaultLibraryFolder());
  if (existsSync(target) && !options.force) {
    output.err(t('merge.outExists', { out: options.out }));
    setExit(EXIT.usage);
    return;
  }
  const answers = options.answers ? readAnswers(options.answers) : {};
  const preferred = options.prefer ? preferredInput(options.prefer, files) : null;
  const merges = new MergeService(() => {
    throw new ServiceError('library-unavailable', message('errors.merge.filesOnly'));
  });
  const copies = await merges.readCopies(files);
  // Answers can bring new questions (an item kept because another links to it): ask until none is new.
  let resolutions: Resolutions = {};
  let preview = merges.preview(copies, { resolutions });
  for (let round = 0; round < 8; round++) {
    const next: Record<string, number> = {};
    for (const conflict of preview.conflicts) {
      const answer = answerOf(conflict, answers, options, preferred);
      if (answer !== undefined) next[conflict.id] = answer;
    }
    if (JSON.stringify(next) === JSON.stringify(resolutions)) break;
    resolutions = next;
    preview = merges.preview(copies, { resolutions });
  }
  const open = preview.conflicts.filter((conflict) => resolutions[conflict.id] === undefined);
  const unknown = Object.keys(answers).filter((id) => !preview.conflicts.some((conflict) => conflict.id === id));
  for (const id of unknown) output.err(t('merge.unknownAnswer', { id }));

  const title = preview.design.title || t('merge.untitled');
  const how =
    preview.base.kind === 'common'
      ? t('merge.how.threeWay', { date: preview.base.agreedAt.slice(0, 10) })
      : preview.base.kind === 'given' || preview.base.reason === 'no-lineage'
        ? t('merge.how.noLineage')
        : preview.base.reason === 'different-bases'
          ? t('merge.how.differentBases')
          : t('merge.how.damagedBase');
  if (open.length > 0) {
    output.out(t('merge.merging', { count: files.length, title, how }));
    output.out(t('merge.questionsOpen', { count: open.length }));
    for (const [index, conflict] of open.entries())
      for (const line of ['', ...questionLines(conflict, index + 1, preview, files, t)]) output.out(line);
    output.out('');
    output.out(t('merge.howToAnswer'));
    setExit(EXIT.problems);
    return;
  }
  await writeDesignFile(target, preview.design, { replaceNonDesign: false });
  const answered = preview.conflicts.length;
  output.out(
    answered > 0
      ? t('merge.merged', { count: files.length, title, how, answered: t('merge.answered', { count: answered }) })
      : t('merge.mergedNoQuestions', { count: files.length, title, how }),
  );
  output.out(t('merge.wrote', { target }));
}
