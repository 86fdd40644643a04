/**
 * The words of a team merge's questions, as data (the contract's schemas and the merge's types
 * both read them, and the contract does not load the merge itself).
 */

/** field: the same field changed differently; removed: changed by some, removed by others; order: reordered differently; in-use: removed by some, still linked by others. */
export const MERGE_CONFLICT_KINDS = ['field', 'removed', 'order', 'in-use'] as const;
export type ConflictKind = (typeof MERGE_CONFLICT_KINDS)[number];

/** A value, keeping or removing an item, an order, or all texts together ("keep both"). */
export const MERGE_OPTION_KINDS = ['value', 'keep', 'remove', 'order', 'all'] as const;
export type MergeOptionKind = (typeof MERGE_OPTION_KINDS)[number];

/** Why copies merge two ways: no lineage (older files), no agreed version in common, a damaged snapshot. */
export const NO_BASE_REASONS = ['no-lineage', 'different-bases', 'damaged'] as const;
export type NoBaseReason = (typeof NO_BASE_REASONS)[number];
