import { basename } from 'node:path';
import {
  designHash,
  mergeDesigns,
  MergeError,
  type DesignMerge,
  type MergeInput,
  type MergeOptions,
} from '../../../shared/merge';
import { compareDesigns, type Change } from '../../../shared/review';
import { message } from '../../../shared/errors';
import { ServiceError } from '../errors';
import { readDesignFileAsync, writeDesignFile, type WriteOptions } from '../files/design-file';
import type { Design, DesignSummary } from '../../../shared/model';
import type { Library, SaveOptions } from '../library/library';

/**
 * Merging team members' copies of a design (issue 20), for the app ("Merge a team member's
 * file…") and the command line (`merge a.cbld b.cbld … --out`). The merge itself is pure
 * (shared/merge); this reads the copies and keeps the result.
 */

/** A merge and what it changed compared with each input, for showing side by side. */
export interface MergePreview extends DesignMerge {
  /** For each input (same order as `labels`): what the merged design changes in it. */
  changes: Change[][];
}

/**
 * Copies named alike (two uploads both called "heat.cbld") get a number, so each question says
 * which one holds what.
 */
function distinctLabels(inputs: readonly MergeInput[]): MergeInput[] {
  const seen = new Map<string, number>();
  return inputs.map((input) => {
    const count = (seen.get(input.label) ?? 0) + 1;
    seen.set(input.label, count);
    return count === 1 ? input : { ...input, label: `${input.label} (${count})` };
  });
}

const notMergeable = (error: unknown): never => {
  if (error instanceof MergeError) throw new ServiceError('not-mergeable', error.said);
  throw error;
};

export class MergeService {
  /** `library` is asked lazily: merging files works while the library cannot be opened. */
  constructor(private readonly library: () => Library) {}

  /** Reads copies from design files (bounded, validated, migrated); each is named by its file name. */
  async readCopies(paths: readonly string[]): Promise<MergeInput[]> {
    const copies: MergeInput[] = [];
    for (const path of paths) copies.push({ design: (await readDesignFileAsync(path)).design, label: basename(path) });
    return copies;
  }

  /**
   * Merges, from the agreed version the copies share (their lineage) or, without one, two ways;
   * and lists what the result changes in each input.
   */
  preview(inputs: readonly MergeInput[], options: Omit<MergeOptions, 'base'> = {}): MergePreview {
    let result: DesignMerge;
    try {
      result = mergeDesigns(inputs, options);
    } catch (error) {
      return notMergeable(error);
    }
    return { ...result, changes: inputs.map((input) => compareDesigns(input.design, result.design)) };
  }

  /** The library's copy of a design as "mine", the first input of the app's merge. */
  private mine(designId: string, ownLabel = 'This computer'): MergeInput {
    return { design: this.library().get(designId), label: ownLabel };
  }

  /**
   * The app's merge: the library's copy of the design is "mine" (the first option of every
   * question), the team members' files follow in the order given.
   */
  async previewWithLibrary(
    designId: string,
    paths: readonly string[],
    options: Omit<MergeOptions, 'base'> & { ownLabel?: string } = {},
  ): Promise<{ preview: MergePreview; inputs: MergeInput[] }> {
    return this.previewWithLibraryCopies(designId, await this.readCopies(paths), options);
  }

  /** The same with copies already read (uploaded in the browser). */
  previewWithLibraryCopies(
    designId: string,
    copies: readonly MergeInput[],
    options: Omit<MergeOptions, 'base'> & { ownLabel?: string } = {},
  ): { preview: MergePreview; inputs: MergeInput[] } {
    const inputs = distinctLabels([this.mine(designId, options.ownLabel), ...copies]);
    return { preview: this.preview(inputs, options), inputs };
  }

  /**
   * Runs the app's merge again with the person's answers and keeps it (see `save`), but only over
   * the version it was prepared from: when the library's copy changed since (another window, a
   * restore), nothing is saved and the person looks again.
   */
  saveWithLibraryCopies(
    designId: string,
    copies: readonly MergeInput[],
    options: Omit<MergeOptions, 'base'> & {
      ownLabel?: string;
      expectVersion: string;
      savedBy?: SaveOptions['savedBy'];
    },
  ): Design {
    const { preview, inputs } = this.previewWithLibraryCopies(designId, copies, options);
    const mine = inputs[0]!.design;
    if (designHash(mine) !== options.expectVersion)
      throw new ServiceError('merge-outdated', message('errors.merge.outdated', { title: mine.title }));
    this.save(preview, inputs, { savedBy: options.savedBy });
    return preview.design;
  }

  /** The command line's merge: the first file is "mine". */
  async previewFiles(paths: readonly string[], options: Omit<MergeOptions, 'base'> = {}): Promise<MergePreview> {
    return this.preview(distinctLabels(await this.readCopies(paths)), options);
  }

  /**
   * Keeps the merged design in the library: the version it replaces and each copy stay as
   * revisions (named by their labels), so each can be compared or restored.
   */
  save(result: DesignMerge, inputs: readonly MergeInput[], options: SaveOptions = {}): DesignSummary {
    return this.library().saveMerge(
      result.design,
      inputs.slice(1).map((input) => ({ design: input.design, source: input.label })),
      { ...options, source: options.source ?? `merge of ${result.labels.join(', ')}` },
    );
  }

  /** Writes the merged design to a file (atomically; never over a file that is not a design). */
  async write(path: string, result: DesignMerge, options: WriteOptions = {}): Promise<void> {
    await writeDesignFile(path, result.design, options);
  }
}
