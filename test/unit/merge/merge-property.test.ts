import { describe, expect, it } from 'vitest';
import {
  BLOOM_LEVELS,
  createActivity,
  createOutcome,
  removeOutcome,
  validateDesign,
  type Design,
} from '../../../shared/model';
import { mergeDesigns, UNORDERED_LISTS, withAgreedVersion, type DesignMerge } from '../../../shared/merge';
import { fuzzSeed, randomTools } from '../../helpers/random';
import { clone, loadExample, reviewComment } from '../../helpers/designs';

/**
 * The merge's promise, over generated edits: whatever each copy changed since the agreed version
 * is in the result, or is one of the options of a question about it. Edits are derived from
 * each copy's final state (a second, simpler reading of "what changed", independent of the
 * merge), so an edit undone by the same person later does not count.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Edit =
  | { kind: 'value'; path: string; value: Json }
  | { kind: 'added' | 'removed'; path: string }
  | { kind: 'order'; path: string; order: string[] };

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const keyOf = (element: Json) =>
  isObject(element) ? String(element['id'] ?? element['levelId']) : String(element as string | number);
/** Values the merge treats as one (a framework competence is one pick). */
const ATOMIC = new Set(['source']);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What `after` changed from `before`, with paths as the merge writes them ("outcomes[lo-2].statement"). */
function edits(before: Json, after: Json, path = '', field = ''): Edit[] {
  if (same(before, after)) return [];
  if (isObject(before) && isObject(after) && !ATOMIC.has(field))
    return Object.keys(after).flatMap((key) => edits(before[key]!, after[key]!, path ? `${path}.${key}` : key, key));
  if (Array.isArray(before) && Array.isArray(after)) {
    const old = new Map(before.map((e) => [keyOf(e), e]));
    const now = new Map(after.map((e) => [keyOf(e), e]));
    const out: Edit[] = [];
    for (const [key, element] of now)
      if (!old.has(key)) out.push({ kind: 'added', path: `${path}[${key}]` });
      else out.push(...edits(old.get(key)!, element, `${path}[${key}]`, ''));
    for (const key of old.keys()) if (!now.has(key)) out.push({ kind: 'removed', path: `${path}[${key}]` });
    const common = [...now.keys()].filter((key) => old.has(key));
    const oldOrder = [...old.keys()].filter((key) => now.has(key));
    if (!UNORDERED_LISTS.has(field) && !same(common, oldOrder)) out.push({ kind: 'order', path, order: common });
    return out;
  }
  return [{ kind: 'value', path, value: after }];
}

/** The value at a merge path in a design (items by key). */
function at(root: Json, path: string): Json | undefined {
  let value: Json | undefined = root;
  for (const match of path.matchAll(/\.?([A-Za-z]+)|\[([^\]]+)\]/g)) {
    if (value === undefined) return undefined;
    if (match[1]) value = isObject(value) ? value[match[1]] : undefined;
    else value = Array.isArray(value) ? value.find((e) => keyOf(e) === match[2]) : undefined;
  }
  return value;
}

const content = (design: Design) => {
  const { review: _r, created: _c, updated: _u, lineage: _l, ...rest } = design;
  return rest as unknown as Json;
};

/** The edits of copy `index` that the merge lost: neither in the result nor offered in a question. */
function lostEdits(base: Design, copy: Design, index: number, result: DesignMerge): string[] {
  const merged = content(result.design);
  const offered = (path: string, test: (value: unknown) => boolean) =>
    result.conflicts.some(
      (c) =>
        (c.path === path || path.startsWith(`${c.path}.`) || path.startsWith(`${c.path}[`)) &&
        c.options.some((o) => o.holders.includes(index) && test(o.value)),
    );
  const asked = (path: string) => result.conflicts.some((c) => c.path === path);
  const lost: string[] = [];
  for (const edit of edits(content(base), content(copy))) {
    if (edit.kind === 'value') {
      const now = at(merged, edit.path);
      if (!same(now, edit.value) && !offered(edit.path, (v) => v !== undefined))
        lost.push(`${edit.path} = ${JSON.stringify(edit.value)}`);
    } else if (edit.kind === 'added') {
      if (at(merged, edit.path) === undefined && !asked(edit.path)) lost.push(`added ${edit.path}`);
    } else if (edit.kind === 'removed') {
      if (at(merged, edit.path) !== undefined && !asked(edit.path)) lost.push(`removed ${edit.path}`);
    } else if (edit.kind === 'order') {
      const list = at(merged, edit.path);
      const inResult = Array.isArray(list) ? list.map(keyOf) : [];
      const order = inResult.filter((key) => edit.order.includes(key));
      const expected = edit.order.filter((key) => inResult.includes(key));
      // Another copy's reorder of the same list is a question; items others removed or added do not count.
      if (!same(order, expected) && !asked(`${edit.path}#order`))
        lost.push(`order of ${edit.path}: ${expected.join(' ')} became ${order.join(' ')}`);
    }
  }
  // Comments and decisions are united, never asked: each copy's are all in the result.
  const { review } = result.design;
  for (const comment of copy.review.comments)
    if (!review.comments.some((c) => c.id === comment.id)) lost.push(`comment ${comment.id}`);
  for (const decision of [copy.review.decision, ...copy.review.history])
    if (decision.date !== null && ![review.decision, ...review.history].some((d) => same(d, decision)))
      lost.push(`decision ${JSON.stringify(decision)}`);
  return lost;
}

type Tools = ReturnType<typeof randomTools>;

/** One random edit, as a person would make it in the editor (links kept consistent). */
function edit(design: Design, r: Tools, tag: string, own: (id: string) => boolean): void {
  const outcomes = design.outcomes.filter((o) => own(o.id));
  const activities = design.activities.filter((a) => own(a.id));
  const assessments = design.assessments.filter((a) => own(a.id));
  switch (
    r.weighted({ text: 5, number: 2, enum: 2, add: 2, remove: 1, reorder: 1, link: 2, comment: 1, decide: 1, title: 1 })
  ) {
    case 'text':
      if (activities.length)
        r.pick(activities)[r.pick(['title', 'description'] as const)] = `${tag} text ${r.int(1, 1e6)}`;
      else if (outcomes.length) r.pick(outcomes).statement = `${tag} statement ${r.int(1, 1e6)}`;
      return;
    case 'number':
      if (activities.length) r.pick(activities).durationHours = r.int(0, 40);
      return;
    case 'enum':
      if (outcomes.length) r.pick(outcomes).bloom = r.pick(BLOOM_LEVELS);
      return;
    case 'add':
      if (r.chance(0.5))
        design.outcomes.splice(r.int(0, design.outcomes.length), 0, createOutcome({ statement: `${tag} new outcome` }));
      else design.activities.push(createActivity({ title: `${tag} new activity`, durationHours: r.int(1, 5) }));
      return;
    case 'remove':
      if (r.chance(0.5) && outcomes.length) removeOutcome(design, r.pick(outcomes).id);
      else if (activities.length) {
        const id = r.pick(activities).id;
        design.activities = design.activities.filter((a) => a.id !== id);
      }
      return;
    case 'reorder':
      if (activities.length > 1 && own('order')) design.activities.reverse();
      return;
    case 'link': {
      const target = r.pick(design.outcomes);
      const from = r.chance(0.5) ? r.pick([...activities, ...assessments]) : undefined;
      if (!target || !from) return;
      from.outcomeIds = from.outcomeIds.includes(target.id)
        ? from.outcomeIds.filter((id) => id !== target.id)
        : [...from.outcomeIds, target.id];
      return;
    }
    case 'comment':
      design.review.comments.push(reviewComment({ id: `cm-${tag}-${r.int(1, 1e9)}`, text: `${tag} says` }));
      return;
    case 'decide': {
      // As recordDecision does: the previous decision moves to the history.
      const { decision } = design.review;
      if (decision.date !== null || decision.status !== 'draft') design.review.history.push({ ...decision });
      design.review.decision = {
        status: r.pick(['submitted', 'changes-requested', 'approved'] as const),
        reviewer: tag,
        date: new Date(Date.UTC(2026, 2, 2, 10, r.int(0, 59), r.int(0, 59))).toISOString(),
        note: `${tag} decides`,
      };
      return;
    }
    case 'title':
      if (own('title')) design.title = `${tag} title`;
      return;
  }
}

function expectValid(result: DesignMerge) {
  const check = validateDesign(result.design);
  expect(check.ok, check.ok ? '' : check.problems.map((p) => p.message).join('\n')).toBe(true);
}

const RUNS = 150;

describe('three-way merge over generated edits', () => {
  const seed = fuzzSeed();
  const base = withAgreedVersion(loadExample('theme'), '2026-03-02T09:00:00.000Z');

  it(`loses no edit of any copy, and always gives a valid design (seed ${seed})`, () => {
    const r = randomTools(seed);
    let questions = 0;
    for (let run = 0; run < RUNS; run++) {
      const copies = Array.from({ length: r.int(2, 3) }, (_, index) => {
        const copy = clone(base);
        for (let n = r.int(1, 8); n > 0; n--) edit(copy, r, `c${index}`, () => true);
        return copy;
      });
      const result = mergeDesigns(copies.map((design, index) => ({ design, label: `copy ${index}` })));
      expectValid(result);
      copies.forEach((copy, index) =>
        expect(lostEdits(base, copy, index, result), `run ${run}, copy ${index} (seed ${seed})`).toEqual([]),
      );
      questions += result.conflicts.length;
      // Every other answer still gives a valid design.
      const other = Object.fromEntries(result.conflicts.map((c) => [c.id, c.options.length - 1]));
      expectValid(
        mergeDesigns(
          copies.map((design, index) => ({ design, label: `copy ${index}` })),
          { resolutions: other },
        ),
      );
    }
    console.log(`merge property: ${RUNS} merges, ${questions} questions (seed ${seed})`);
  });

  it(`asks nothing when the copies edited different items (seed ${seed})`, () => {
    const r = randomTools(seed + 1);
    for (let run = 0; run < RUNS; run++) {
      const count = r.int(2, 3);
      // Each copy edits its own share of the items; only the first reorders or retitles.
      const copies = Array.from({ length: count }, (_, index) => {
        const copy = clone(base);
        const own = (id: string) =>
          id === 'order' || id === 'title'
            ? index === 0
            : [...id].reduce((sum, c) => sum + c.charCodeAt(0), 0) % count === index;
        for (let n = r.int(1, 8); n > 0; n--) edit(copy, r, `c${index}`, own);
        return copy;
      });
      const result = mergeDesigns(copies.map((design, index) => ({ design, label: `copy ${index}` })));
      // An outcome one copy removed while another linked it is a question even then.
      expect(
        result.conflicts.filter((c) => c.kind !== 'in-use').map((c) => c.id),
        `run ${run} (seed ${seed})`,
      ).toEqual([]);
      copies.forEach((copy, index) => expect(lostEdits(base, copy, index, result)).toEqual([]));
    }
  });
});
