import { designHash, type MergeInput } from '../../shared/merge';
import { MergeService } from '../services/merge/merge-service';
import type { AreaHandlers, HandlerContext } from './handler-types';
import { parsed } from './parsed';

/**
 * "Merge a team member's file…" (README, "Working as a team"): the library's copy of the open
 * design is "mine", the files follow; uploaded texts go through the same reading pipeline as
 * files on disk. A preview changes nothing; a save runs the merge again with the answers.
 */
export function mergeHandlers({ library }: HandlerContext): AreaHandlers<'merge'> {
  const merges = new MergeService(library);
  const uploaded = (files: readonly { name: string; text: string }[]): MergeInput[] =>
    files.map(({ name, text }) => ({ design: parsed(name, text).design, label: name }));
  const answer = ({ preview, inputs }: ReturnType<MergeService['previewWithLibraryCopies']>) => ({
    design: preview.design,
    conflicts: preview.conflicts,
    base: preview.base,
    inputs: inputs.map(({ label, design }) => ({ label, design })),
    version: designHash(inputs[0]!.design),
  });
  return {
    'merge.preview': ({ id, files, ownLabel, resolutions }) =>
      answer(merges.previewWithLibraryCopies(id, uploaded(files), { ownLabel, resolutions })),
    'merge.previewPaths': async ({ id, paths, ownLabel, resolutions }) =>
      answer(merges.previewWithLibraryCopies(id, await merges.readCopies(paths), { ownLabel, resolutions })),
    'merge.save': ({ id, files, ...options }) => merges.saveWithLibraryCopies(id, uploaded(files), options),
    'merge.savePaths': async ({ id, paths, ...options }) =>
      merges.saveWithLibraryCopies(id, await merges.readCopies(paths), options),
  };
}
