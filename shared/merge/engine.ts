/**
 * The structural merge under the design merge (designs.ts): several versions of one JSON tree,
 * edited apart from a common base, become one. Objects merge key by key; lists merge item by
 * item, matched by a key (an item's id, or the value itself for lists of codes); a leaf takes
 * the one value the versions that changed it agree on. What cannot be settled that way becomes
 * a conflict with every variant and who holds it: the same leaf changed differently, an item
 * changed by one version and removed by another, a list reordered differently. Without a base
 * (old files), every version counts as changed, so more becomes a question; what only one
 * version has is kept, so nothing is lost.
 *
 * All versions are merged at once (an N-way merge against the base): with three team members,
 * a field all three changed is asked once, with three variants, not once per pair.
 */

import type { ConflictKind, MergeOptionKind } from './kinds';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
type JsonObject = { [key: string]: JsonValue };

/** One step of a path: a field of an object, or an item of a list by its key. */
export type PathStep = { field: string } | { item: string };
export type Path = readonly PathStep[];

/** "outcomes[lo-2].statement": a path as stable text, the conflict's id and where it points. */
export function pathText(path: Path): string {
  return path
    .map((step, index) => ('field' in step ? `${index === 0 ? '' : '.'}${step.field}` : `[${step.item}]`))
    .join('');
}

/** One choice of a conflict: a value, keeping or removing an item, an order, or all texts together. */
export interface MergeOption {
  kind: MergeOptionKind;
  /** What the choice puts in the result: the value, the kept item, nothing (remove), the item keys in order. */
  value: unknown;
  /** The inputs (by index) that hold this choice; empty for a combination ("all texts"). */
  holders: number[];
}

export type { ConflictKind };

export interface EngineConflict {
  /** Stable across runs: what a resolution refers to. */
  id: string;
  kind: ConflictKind;
  path: Path;
  /** The value at the base; absent in a two-way merge or for an item no base had. */
  base?: unknown;
  options: MergeOption[];
  /** The option the result holds. */
  chosen: number;
}

/** A removal the merge made: by all that changed nothing (automatic) or chosen in a conflict. */
export interface Removal {
  path: Path;
  /** The item as the versions that kept it had it (merged), or the base's. */
  value: JsonValue;
  chosen: boolean;
}

/** Chosen options by conflict id (an index into the conflict's options). */
export type Resolutions = Readonly<Record<string, number>>;

export interface MergeRules {
  /** The key that matches items of a list across versions; null for a list merged as a value. */
  keyOf(path: Path, element: JsonValue): string | null;
  /** Whether the value at `path` is one indivisible value (never merged inside). */
  atomic(path: Path, values: readonly JsonValue[]): boolean;
  /** Whether the order of a list means something (reorders are merged and can conflict). */
  ordered(path: Path): boolean;
  /** The longest text a field may hold, for offering "all texts together"; null when not a text. */
  maxText(path: Path): number | null;
  /** Items kept although the merge would remove them (they are still linked to), by path text. */
  keep: ReadonlySet<string>;
}

export interface EngineResult {
  value: JsonValue;
  conflicts: EngineConflict[];
  removals: Removal[];
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep equality of JSON values (object keys in any order). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]))
    );
  }
  return false;
}

/** Empty enough that another version's value fills it without asking (two-way merges). */
const isEmpty = (value: unknown) =>
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (isObject(value) && Object.keys(value).length === 0);

/** Distinct values and who holds each, in the order of the inputs (the first input's first). */
function groups(values: readonly JsonValue[], holders: readonly number[]): { value: JsonValue; holders: number[] }[] {
  const out: { value: JsonValue; holders: number[] }[] = [];
  values.forEach((value, index) => {
    const group = out.find((g) => jsonEqual(g.value, value));
    if (group) group.holders.push(holders[index]!);
    else out.push({ value, holders: [holders[index]!] });
  });
  return out;
}

/** A keyed view of a list: keys in order, and the element of each key. */
interface Keyed {
  keys: string[];
  items: Map<string, JsonValue>;
}

const ABSENT = Symbol('absent');
type Base = JsonValue | typeof ABSENT;

class Merger {
  readonly conflicts: EngineConflict[] = [];
  readonly removals: Removal[] = [];

  constructor(
    private readonly rules: MergeRules,
    private readonly resolutions: Resolutions,
  ) {}

  private choose(conflict: Omit<EngineConflict, 'chosen'>): number {
    const wanted = this.resolutions[conflict.id];
    const chosen =
      wanted !== undefined && Number.isInteger(wanted) && wanted >= 0 && wanted < conflict.options.length ? wanted : 0;
    this.conflicts.push({ ...conflict, chosen });
    return chosen;
  }

  /** Runs `work` with conflicts and removals set aside; returns them instead of keeping them. */
  private aside<T>(work: () => T): { result: T; conflicts: EngineConflict[]; removals: Removal[] } {
    const [conflicts, removals] = [this.conflicts.length, this.removals.length];
    const result = work();
    return {
      result,
      conflicts: this.conflicts.splice(conflicts),
      removals: this.removals.splice(removals),
    };
  }

  /** `values[i]` is the version of input `holders[i]`; `base` is ABSENT when no base had this value. */
  node(path: Path, base: Base, values: readonly JsonValue[], holders: readonly number[]): JsonValue {
    const first = values[0]!;
    if (values.every((value) => jsonEqual(value, first))) return first;
    if (!this.rules.atomic(path, values)) {
      if (values.every(isObject) && (base === ABSENT || isObject(base)))
        return this.object(path, base, values as JsonObject[], holders);
      if (
        values.every(Array.isArray) &&
        (base === ABSENT || Array.isArray(base)) &&
        values.every((list) => list.every((element) => this.rules.keyOf(path, element) !== null))
      )
        return this.list(path, base, values as JsonValue[][], holders);
    }
    return this.leaf(path, base, values, holders);
  }

  private object(path: Path, base: Base, values: readonly JsonObject[], holders: readonly number[]): JsonObject {
    const keys = [...new Set(values.flatMap((value) => Object.keys(value)))];
    const out: JsonObject = {};
    for (const key of keys) {
      const present = values
        .map((value, index) => [value, index] as const)
        .filter(([value]) => Object.hasOwn(value, key));
      const childBase = base !== ABSENT && Object.hasOwn(base as JsonObject, key) ? (base as JsonObject)[key]! : ABSENT;
      out[key] = this.node(
        [...path, { field: key }],
        childBase,
        present.map(([value]) => value[key]!),
        present.map(([, index]) => holders[index]!),
      );
    }
    return out;
  }

  private leaf(path: Path, base: Base, values: readonly JsonValue[], holders: readonly number[]): JsonValue {
    const threeWay = base !== ABSENT;
    const changed = values
      .map((value, index) => [value, holders[index]!] as const)
      .filter(([value]) => !threeWay || !jsonEqual(value, base));
    let variants = groups(
      changed.map(([value]) => value),
      changed.map(([, holder]) => holder),
    );
    if (variants.length === 0) return base as JsonValue;
    // Without a base, a value filling an empty one combines without asking.
    if (!threeWay && variants.some((variant) => !isEmpty(variant.value)))
      variants = variants.filter((variant) => !isEmpty(variant.value));
    if (variants.length === 1) return variants[0]!.value;

    const options: MergeOption[] = variants.map((variant) => ({
      kind: 'value',
      value: variant.value,
      holders: variant.holders,
    }));
    const texts = variants.map((variant) => variant.value);
    const max = this.rules.maxText(path);
    if (max !== null && texts.every((text) => typeof text === 'string' && text.trim() !== '')) {
      const all = texts.join(max > 1000 ? '\n\n' : ' / ');
      if (all.length <= max) options.push({ kind: 'all', value: all, holders: [] });
    }
    const chosen = this.choose({
      id: pathText(path),
      kind: 'field',
      path,
      ...(threeWay ? { base } : {}),
      options,
    });
    return options[chosen]!.value as JsonValue;
  }

  /**
   * Whether `value` holds something `base` did not: links only taken away (a linked item was
   * removed elsewhere in that copy) are no reason to keep an item another copy removed.
   */
  private changed(path: Path, base: JsonValue, value: JsonValue): boolean {
    if (jsonEqual(base, value)) return false;
    if (this.rules.atomic(path, [base, value])) return true;
    if (isObject(base) && isObject(value))
      return Object.keys(value).some((key) =>
        Object.hasOwn(base, key) ? this.changed([...path, { field: key }], base[key]!, value[key]!) : true,
      );
    if (Array.isArray(base) && Array.isArray(value) && !this.rules.ordered(path)) {
      const before = new Map(base.map((element) => [this.rules.keyOf(path, element), element]));
      return value.some((element) => {
        const key = this.rules.keyOf(path, element);
        const old = before.get(key);
        return old === undefined || this.changed([...path, { item: String(key) }], old, element);
      });
    }
    return true;
  }

  private keyed(path: Path, list: readonly JsonValue[]): Keyed {
    const items = new Map<string, JsonValue>();
    const keys: string[] = [];
    for (const element of list) {
      const key = this.rules.keyOf(path, element)!;
      // The same value twice in a list of values: the second is its own item.
      let unique = key;
      for (let n = 2; items.has(unique); n++) unique = `${key}#${n}`;
      items.set(unique, element);
      keys.push(unique);
    }
    return { keys, items };
  }

  private list(path: Path, base: Base, values: readonly JsonValue[][], holders: readonly number[]): JsonValue[] {
    const threeWay = base !== ABSENT;
    const baseList = threeWay ? this.keyed(path, base as JsonValue[]) : null;
    const lists = values.map((list) => this.keyed(path, list));
    const allKeys = unionInOrder([...lists.map((list) => list.keys), ...(baseList ? [baseList.keys] : [])]);

    const kept = new Map<string, JsonValue>();
    for (const key of allKeys) {
      const itemPath: Path = [...path, { item: key }];
      const present = lists.map((list, index) => [list, index] as const).filter(([list]) => list.items.has(key));
      const versions = present.map(([list]) => list.items.get(key)!);
      const versionHolders = present.map(([, index]) => holders[index]!);
      const inBase = baseList?.items.has(key) ?? false;
      if (!inBase) {
        // Added (by one or several versions), or, without a base, not known to be removed: kept.
        if (present.length > 0) kept.set(key, this.node(itemPath, ABSENT, versions, versionHolders));
        continue;
      }
      const baseItem = baseList!.items.get(key)!;
      if (present.length === lists.length) {
        kept.set(key, this.node(itemPath, baseItem, versions, versionHolders));
        continue;
      }
      const changedBy = present.filter(([list]) => this.changed(itemPath, baseItem, list.items.get(key)!));
      const forced = this.rules.keep.has(pathText(itemPath));
      if (changedBy.length === 0) {
        // Removed by some, left as it was by the others: removed, unless something still links to it.
        const value = present.length > 0 ? versions[0]! : baseItem;
        if (forced) kept.set(key, value);
        else this.removals.push({ path: itemPath, value, chosen: false });
        continue;
      }
      // Changed by some, removed by others: a question. Keeping merges the changes.
      const keep = this.aside(() => this.node(itemPath, baseItem, versions, versionHolders));
      const removers = lists
        .map((_, index) => index)
        .filter((index) => !lists[index]!.items.has(key))
        .map((index) => holders[index]!);
      const chosen = this.choose({
        id: pathText(itemPath),
        kind: 'removed',
        path: itemPath,
        base: baseItem,
        options: [
          { kind: 'keep', value: keep.result, holders: changedBy.map(([, index]) => holders[index]!) },
          { kind: 'remove', value: undefined, holders: removers },
        ],
      });
      if (chosen === 0) {
        kept.set(key, keep.result);
        this.conflicts.push(...keep.conflicts);
        this.removals.push(...keep.removals);
      } else this.removals.push({ path: itemPath, value: keep.result, chosen: true });
    }

    const order = this.order(path, baseList, lists, holders, kept);
    return order.map((key) => kept.get(key)!);
  }

  /** The order of the kept items: the agreed reorder of the items all versions share, others placed after their neighbour. */
  private order(
    path: Path,
    baseList: Keyed | null,
    lists: readonly Keyed[],
    holders: readonly number[],
    kept: ReadonlyMap<string, JsonValue>,
  ): string[] {
    const common = new Set(
      [...kept.keys()].filter(
        (key) => lists.every((list) => list.items.has(key)) && (!baseList || baseList.items.has(key)),
      ),
    );
    const sequences = lists.map((list) => list.keys.filter((key) => common.has(key)));
    let order = sequences[0]!;
    if (this.rules.ordered(path)) {
      const baseSequence = baseList?.keys.filter((key) => common.has(key));
      const changed = sequences
        .map((sequence, index) => [sequence, holders[index]!] as const)
        .filter(([sequence]) => !baseSequence || !jsonEqual(sequence, baseSequence));
      const variants = groups(
        changed.map(([sequence]) => sequence),
        changed.map(([, holder]) => holder),
      );
      if (variants.length === 0) order = baseSequence ?? order;
      else if (variants.length === 1) order = variants[0]!.value as string[];
      else {
        const options: MergeOption[] = variants.map((variant) => ({
          kind: 'order',
          value: variant.value,
          holders: variant.holders,
        }));
        const chosen = this.choose({
          id: `${pathText(path)}#order`,
          kind: 'order',
          path,
          ...(baseSequence ? { base: baseSequence } : {}),
          options,
        });
        order = options[chosen]!.value as string[];
      }
    }
    // The others (added, or kept from some versions) go after the item they follow in a version
    // that has them: first the versions whose order was taken (a version that kept the order as
    // it was would put them back where they were), then the others, then the base.
    const result = [...order];
    const taken = sequences.map((sequence) => jsonEqual(sequence, order));
    const sources = [
      ...lists.filter((_, index) => taken[index]),
      ...lists.filter((_, index) => !taken[index]),
      ...(baseList ? [baseList] : []),
    ];
    for (const key of unionInOrder(sources.map((source) => source.keys))) {
      if (!kept.has(key) || result.includes(key)) continue;
      const source = sources.find((list) => list.items.has(key))!;
      const at = source.keys.indexOf(key);
      let after = -1;
      for (let i = at - 1; i >= 0 && after === -1; i--) after = result.indexOf(source.keys[i]!);
      result.splice(after + 1, 0, key);
    }
    return result;
  }
}

/** All keys of several sequences, each inserted after its nearest predecessor already there. */
function unionInOrder(sequences: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const sequence of sequences)
    sequence.forEach((key, index) => {
      if (seen.has(key)) return;
      let after = -1;
      for (let i = index - 1; i >= 0 && after === -1; i--) after = out.indexOf(sequence[i]!);
      out.splice(after + 1, 0, key);
      seen.add(key);
    });
  return out;
}

/**
 * Merges `versions` (index = input number) against `base` (null: none known, a two-way merge).
 * Conflicts are settled by `resolutions`, or by their first option.
 */
export function mergeJson(
  base: JsonValue | null,
  versions: readonly JsonValue[],
  rules: MergeRules,
  resolutions: Resolutions = {},
): EngineResult {
  const merger = new Merger(rules, resolutions);
  const value = merger.node(
    [],
    base === null ? ABSENT : base,
    versions,
    versions.map((_, index) => index),
  );
  return { value, conflicts: merger.conflicts, removals: merger.removals };
}
