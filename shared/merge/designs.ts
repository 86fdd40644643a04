import type * as z from 'zod';
import { Design, SCHEMA_VERSION, type Review } from '../model';
import { schemaProblems } from '../model/validate';
import { mergeReviews, type ChangeSection } from '../review';
import { message, type Message } from '../errors';
import { excerpt } from '../text';
import {
  mergeJson,
  pathText,
  type ConflictKind,
  type JsonValue,
  type MergeOption,
  type MergeRules,
  type Path,
  type Resolutions,
} from './engine';
import { agreedLineage, findCommonBase, type NoBaseReason } from './lineage';

/**
 * Merging team members' copies of one design (issue 20): items matched by id, changes to
 * different items, fields or lists combined without asking, and only real conflicts asked, each
 * once with every variant side by side. Comments and decisions are united as in the
 * coordinator round trip (takeInReview). The result is always a valid design: an item one
 * person removed while another still links to it is kept (and asked about), and dates that
 * would end before they start are asked about as a pair.
 */

/** One copy to merge and how to name its holder in a question ("Ana (ana.cbld)"). */
export interface MergeInput {
  design: Design;
  label: string;
}

export interface MergeOptions {
  /** Chosen options by conflict id; unanswered conflicts take their first option. */
  resolutions?: Resolutions;
  /** When the merge happens (the result's `updated` and the agreed version's date). */
  now?: Date | string;
  /**
   * The version all copies started from, when the caller knows it otherwise; by default it is
   * found in the copies' lineage (findCommonBase). Null: merge two ways.
   */
  base?: Design | null;
}

/** A question: what differs, where, who holds each variant, and what the result holds now. */
export interface MergeConflict {
  /** Stable across runs: the key of `resolutions`. */
  id: string;
  /**
   * field: the same field changed differently; removed: an item changed by some and removed by
   * others; order: a list reordered differently; in-use: an item removed by some that others
   * still link to.
   */
  kind: ConflictKind;
  section: ChangeSection;
  /** Readable path with item ids, e.g. "outcomes[lo-2].statement". */
  path: string;
  /** The item concerned in its own words (an outcome's statement, an activity's title). */
  item?: string;
  /** The model's key of the field or list (the UI translates it), e.g. "statement". */
  field?: string;
  /** The value the copies started from (three-way merges). */
  base?: unknown;
  /** The choices; `holders` index `labels`. Order options also carry the items' names in that order. */
  options: (MergeOption & { items?: string[] })[];
  /** For in-use: the items that still link to it, in their own words. */
  usedBy?: string[];
  /** The option the merged design holds. */
  chosen: number;
}

export type MergeBase =
  { kind: 'common'; hash: string; agreedAt: string } | { kind: 'given' } | { kind: 'none'; reason: NoBaseReason };

export interface DesignMerge {
  /** The merged design, every conflict settled by its chosen option; valid, with a new agreed version. */
  design: Design;
  conflicts: MergeConflict[];
  /** What the copies were compared with: a common agreed version (three-way) or none (two-way). */
  base: MergeBase;
  /** The inputs' labels, in input order (what `holders` refer to). */
  labels: string[];
}

/** Copies that cannot be merged; `said` is the sentence as a catalogue message (errors.merge.*). */
export class MergeError extends Error {
  constructor(
    readonly code: 'too-few' | 'different-designs' | 'invalid-result',
    readonly said: Message,
  ) {
    super(said.message);
  }
}

// ── Rules of the structural merge for designs ─────────────────────────────────────────────────

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Lists whose order says nothing (sets of links and codes): a reorder there is never a question. */
export const UNORDERED_LISTS: ReadonlySet<string> = new Set([
  'sdgGoals',
  'sdgTargets',
  'competenceIds',
  'outcomeIds',
  'assessors',
  'countries',
  'descriptors',
]);

const lastField = (path: Path) => {
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i]!;
    if ('field' in step) return step.field;
  }
  return '';
};

/** The zod schema at a path of the design, to read a text field's limit. */
function schemaAt(path: Path): z.ZodType | null {
  let schema: z.ZodType = Design;
  for (const step of path) {
    let inner = schema as z.ZodType & { unwrap?: () => z.ZodType; def: { type: string } };
    while (inner.def.type === 'nullable' || inner.def.type === 'optional') inner = inner.unwrap!() as typeof inner;
    if ('field' in step) {
      const shape = (inner as unknown as { shape?: Record<string, z.ZodType> }).shape;
      if (!shape?.[step.field]) return null;
      schema = shape[step.field]!;
    } else {
      if (inner.def.type !== 'array') return null;
      schema = (inner as unknown as { element: z.ZodType }).element;
    }
  }
  return schema;
}

function maxTextAt(path: Path): number | null {
  const schema = schemaAt(path) as (z.ZodType & { maxLength?: number | null; def: { type: string } }) | null;
  return schema && schema.def.type === 'string' && typeof schema.maxLength === 'number' ? schema.maxLength : null;
}

function designRules(keep: ReadonlySet<string>, datesAsPair: boolean): MergeRules {
  return {
    keyOf: (_path, element) => {
      if (isRecord(element)) {
        // Items by id, rubric levels by levelId, a design's translations by their language.
        const key = element['id'] ?? element['levelId'] ?? element['language'];
        return typeof key === 'string' ? key : null;
      }
      if (typeof element === 'string' || typeof element === 'number' || typeof element === 'boolean')
        return String(element);
      return null;
    },
    atomic: (path, values) => {
      const field = lastField(path);
      // A framework competence is one pick (framework and reference together); a change of kind replaces it.
      if (field === 'source' && path.length === 3)
        return (
          values.some((value) => isRecord(value) && value['kind'] === 'framework') ||
          new Set(values.map((value) => isRecord(value) && value['kind'])).size > 1
        );
      return datesAsPair && field === 'dates' && path.length === 2;
    },
    ordered: (path) => !UNORDERED_LISTS.has(lastField(path)),
    maxText: (path) => (datesAsPair && lastField(path) === 'dates' ? null : maxTextAt(path)),
    keep,
  };
}

// ── What merges structurally, and what is put back around it ─────────────────────────────────

type Mergeable = Omit<Design, 'review' | 'created' | 'updated' | 'lineage'>;

function mergeable(design: Design, datesAsPair: boolean): JsonValue {
  const { review: _review, created: _created, updated: _updated, lineage: _lineage, ...rest } = design;
  if (!datesAsPair) return rest as unknown as JsonValue;
  const { startDate, endDate, ...offering } = rest.offering;
  return { ...rest, offering: { ...offering, dates: { startDate, endDate } } } as unknown as JsonValue;
}

function unpair(value: JsonValue): Mergeable {
  const merged = value as unknown as Mergeable & {
    offering: { dates?: { startDate: string | null; endDate: string | null } };
  };
  if (!merged.offering.dates) return merged;
  const { dates, ...offering } = merged.offering;
  return { ...merged, offering: { ...offering, startDate: dates.startDate, endDate: dates.endDate } };
}

// ── Links that must point at something ───────────────────────────────────────────────────────

interface Dangling {
  /** The path of the missing item, e.g. "outcomes[lo-3]" or "challenge.sdgTargets[11.6]". */
  path: string;
  /** The items that link to it, in their own words. */
  usedBy: string[];
}

/** Every link of a (merged) design that points at an item it does not have. */
function danglingLinks(design: Mergeable): Dangling[] {
  const found = new Map<string, string[]>();
  const add = (path: string, by: string) => {
    const list = found.get(path) ?? [];
    if (!list.includes(by)) list.push(by);
    found.set(path, list);
  };
  const competences = new Set(design.competences.map((c) => c.id));
  const outcomes = new Set(design.outcomes.map((o) => o.id));
  const targets = new Set(design.challenge.sdgTargets);
  const goals = new Set(design.challenge.sdgGoals);
  for (const outcome of design.outcomes) {
    const by = excerpt(outcome.statement) || outcome.id;
    for (const id of outcome.competenceIds) if (!competences.has(id)) add(`competences[${id}]`, by);
    for (const code of outcome.sdgTargets) if (!targets.has(code)) add(`challenge.sdgTargets[${code}]`, by);
  }
  for (const code of design.challenge.sdgTargets) {
    const goal = Number(code.split('.')[0]);
    if (!goals.has(goal)) add(`challenge.sdgGoals[${goal}]`, `SDG ${code}`);
  }
  for (const activity of design.activities)
    for (const id of activity.outcomeIds) if (!outcomes.has(id)) add(`outcomes[${id}]`, activity.title || activity.id);
  for (const assessment of design.assessments) {
    const by = assessment.title || assessment.id;
    for (const id of assessment.outcomeIds) if (!outcomes.has(id)) add(`outcomes[${id}]`, by);
    const levels = new Set(assessment.rubric.levels.map((level) => level.id));
    for (const criterion of assessment.rubric.criteria) {
      const criterionBy = `${by} › ${criterion.title || criterion.id}`;
      for (const id of criterion.outcomeIds) if (!outcomes.has(id)) add(`outcomes[${id}]`, criterionBy);
      for (const descriptor of criterion.descriptors)
        if (!levels.has(descriptor.levelId))
          add(`assessments[${assessment.id}].rubric.levels[${descriptor.levelId}]`, criterionBy);
    }
  }
  return [...found].map(([path, usedBy]) => ({ path, usedBy }));
}

/** Removes every link to an item that stays removed (as removing an item in the editor does). */
function withoutDanglingLinks(design: Mergeable): Mergeable {
  const goals = new Set(design.challenge.sdgGoals);
  const sdgTargets = design.challenge.sdgTargets.filter((code) => goals.has(Number(code.split('.')[0])));
  const targets = new Set(sdgTargets);
  const competences = new Set(design.competences.map((competence) => competence.id));
  const outcomes = new Set(design.outcomes.map((outcome) => outcome.id));
  const toOutcomes = (ids: string[]) => ids.filter((id) => outcomes.has(id));
  return {
    ...design,
    challenge: { ...design.challenge, sdgTargets },
    outcomes: design.outcomes.map((outcome) => ({
      ...outcome,
      competenceIds: outcome.competenceIds.filter((id) => competences.has(id)),
      sdgTargets: outcome.sdgTargets.filter((code) => targets.has(code)),
    })),
    activities: design.activities.map((activity) => ({ ...activity, outcomeIds: toOutcomes(activity.outcomeIds) })),
    assessments: design.assessments.map((assessment) => {
      const levels = new Set(assessment.rubric.levels.map((level) => level.id));
      return {
        ...assessment,
        outcomeIds: toOutcomes(assessment.outcomeIds),
        rubric: {
          ...assessment.rubric,
          criteria: assessment.rubric.criteria.map((criterion) => ({
            ...criterion,
            outcomeIds: toOutcomes(criterion.outcomeIds),
            descriptors: criterion.descriptors.filter((descriptor) => levels.has(descriptor.levelId)),
          })),
        },
      };
    }),
  };
}

// ── Words for the questions ──────────────────────────────────────────────────────────────────

const SECTION_OF: Record<string, ChangeSection> = {
  title: 'overview',
  summary: 'overview',
  version: 'overview',
  language: 'overview',
  authors: 'overview',
  interpretation: 'interpretation',
  challenge: 'challenge',
  competences: 'competences',
  outcomes: 'outcomes',
  activities: 'journey',
  assessments: 'assessment',
  credential: 'credential',
  offering: 'credential',
  translations: 'overview',
};

/** An item in its own words: an outcome by its statement, others by title, name or label. */
function itemWords(item: unknown): string {
  if (!isRecord(item)) return String(item);
  const source = item['source'];
  if (isRecord(source)) return String(source['kind'] === 'custom' ? source['title'] : source['ref']);
  for (const key of ['statement', 'title', 'name', 'label'])
    if (typeof item[key] === 'string' && item[key] !== '') return excerpt(item[key] as string, 70);
  return String(item['id'] ?? item['levelId'] ?? '');
}

/** Follows a path through the first version that has each step. */
function valueAt(versions: readonly unknown[], path: Path): unknown {
  for (const version of versions) {
    let value: unknown = version;
    for (const step of path) {
      if ('field' in step) value = isRecord(value) ? value[step.field] : undefined;
      else
        value = Array.isArray(value)
          ? value.find(
              (element) =>
                (isRecord(element) ? (element['id'] ?? element['levelId']) : String(element)) ===
                step.item.replace(/#\d+$/, ''),
            )
          : undefined;
      if (value === undefined) break;
    }
    if (value !== undefined) return value;
  }
  return undefined;
}

/** "Report › Evidence": the items along a path, in their own words. */
function itemAlong(versions: readonly unknown[], path: Path): string | undefined {
  const names: string[] = [];
  path.forEach((step, index) => {
    if ('item' in step) names.push(itemWords(valueAt(versions, path.slice(0, index + 1))));
  });
  return names.length > 0 ? names.join(' › ') : undefined;
}

function parsePath(text: string): Path {
  const steps: { field: string }[] | Path = [];
  const pattern = /\.?([A-Za-z]+)|\[([^\]]+)\]/g;
  for (const match of text.matchAll(pattern))
    (steps as ({ field: string } | { item: string })[]).push(match[1] ? { field: match[1] } : { item: match[2]! });
  return steps;
}

// ── The merge ────────────────────────────────────────────────────────────────────────────────

const earliest = (dates: string[]) => dates.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));

/**
 * Merges team members' copies of one design: the first input is the merger's own (its values
 * are the first option of each question). Runs again with `resolutions` as questions are
 * answered; the same questions keep their ids.
 */
export function mergeDesigns(inputs: readonly MergeInput[], options: MergeOptions = {}): DesignMerge {
  if (inputs.length < 2) throw new MergeError('too-few', message('errors.merge.tooFew'));
  const [first] = inputs;
  const other = inputs.find((input) => input.design.id !== first!.design.id);
  if (other)
    throw new MergeError(
      'different-designs',
      message('errors.merge.differentDesigns', {
        label: other.label,
        other: excerpt(other.design.title, 50),
        title: excerpt(first!.design.title, 50),
      }),
    );
  const designs = inputs.map((input) => input.design);
  const now = new Date(options.now ?? new Date()).toISOString();
  const resolutions = options.resolutions ?? {};

  let baseDesign: Design | null;
  let base: MergeBase;
  if (options.base !== undefined) {
    baseDesign = options.base;
    base = options.base ? { kind: 'given' } : { kind: 'none', reason: 'no-lineage' };
  } else {
    const common = findCommonBase(designs);
    baseDesign = common.kind === 'common' ? common.design : null;
    base =
      common.kind === 'common'
        ? { kind: 'common', hash: common.hash, agreedAt: common.agreedAt }
        : { kind: 'none', reason: common.reason };
  }

  const run = (datesAsPair: boolean) => {
    const keep = new Set<string>();
    const inUse = new Map<string, { usedBy: string[]; removal: JsonValue }>();
    const removed = new Set<string>();
    for (let round = 0; ; round++) {
      const result = mergeJson(
        baseDesign ? mergeable(baseDesign, datesAsPair) : null,
        designs.map((design) => mergeable(design, datesAsPair)),
        designRules(keep, datesAsPair),
        resolutions,
      );
      const merged = unpair(result.value);
      let grew = false;
      for (const link of danglingLinks(merged)) {
        if (keep.has(link.path) || removed.has(link.path)) continue;
        const removal = result.removals.find((r) => pathText(r.path) === link.path);
        // Removed on purpose (a question answered "remove"), or nowhere to be found: the links go.
        if (!removal || removal.chosen) removed.add(link.path);
        // Found in the first round: removed by some while others link to it, a question of its own.
        // Later rounds only find what a kept item needs (the goal of a kept target): it comes along.
        else if (round === 0) {
          inUse.set(link.path, { usedBy: link.usedBy, removal: removal.value });
          if (resolutions[`${link.path}#in-use`] === 1) removed.add(link.path);
          else {
            keep.add(link.path);
            grew = true;
          }
        } else {
          keep.add(link.path);
          grew = true;
        }
      }
      if (!grew || round >= 8) return { result, merged: withoutDanglingLinks(merged), inUse };
    }
  };

  let outcome = run(false);
  // Dates taken from different copies that end before they start: asked as one pair instead.
  const { startDate, endDate } = outcome.merged.offering;
  if (startDate && endDate && endDate < startDate) outcome = run(true);
  const { result, merged, inUse } = outcome;

  const versions = [...designs, ...(baseDesign ? [baseDesign] : [])];
  const conflicts: MergeConflict[] = result.conflicts.map((conflict) => {
    const field = lastField(conflict.path);
    const first = conflict.path[0];
    return {
      id: conflict.id,
      kind: conflict.kind,
      section: SECTION_OF[first && 'field' in first ? first.field : ''] ?? 'overview',
      path: pathText(conflict.path),
      ...(itemAlong(versions, conflict.path) ? { item: itemAlong(versions, conflict.path) } : {}),
      ...(field ? { field } : {}),
      ...('base' in conflict ? { base: conflict.base } : {}),
      options: conflict.options.map((option) =>
        option.kind === 'order'
          ? {
              ...option,
              items: (option.value as string[]).map((key) =>
                itemWords(valueAt(versions, [...conflict.path, { item: key }])),
              ),
            }
          : option,
      ),
      chosen: conflict.chosen,
    };
  });
  for (const [path, use] of inUse) {
    const steps = parsePath(path);
    const id = `${path}#in-use`;
    const chosen = resolutions[id] === 1 ? 1 : 0;
    const holders = designs.map((_, index) => index);
    const has = (design: Design) => valueAt([design], steps) !== undefined;
    const first = steps[0];
    conflicts.push({
      id,
      kind: 'in-use',
      section: SECTION_OF[first && 'field' in first ? first.field : ''] ?? 'overview',
      path,
      item: itemAlong(versions, steps),
      field: lastField(steps),
      options: [
        { kind: 'keep', value: use.removal, holders: holders.filter((index) => has(designs[index]!)) },
        { kind: 'remove', value: undefined, holders: holders.filter((index) => !has(designs[index]!)) },
      ],
      usedBy: use.usedBy,
      chosen,
    });
  }

  const review: Review = designs.map((design) => design.review).reduce((a, b) => mergeReviews(a, b));
  const candidate: Design = {
    ...(merged as Design),
    schemaVersion: SCHEMA_VERSION,
    created: earliest(designs.map((design) => design.created)),
    updated: now,
    review,
    lineage: null,
  };
  const parsed = Design.safeParse(candidate);
  if (!parsed.success) {
    const problem = schemaProblems(parsed.error, candidate)[0]!;
    throw new MergeError('invalid-result', message('errors.merge.invalidResult', { problem }));
  }
  const ancestors = [
    ...(base.kind === 'common' ? [base.hash] : []),
    ...designs.flatMap((design) => (design.lineage ? [design.lineage.base, ...design.lineage.ancestors] : [])),
  ];
  const design = { ...parsed.data, lineage: agreedLineage(parsed.data, now, ancestors) };
  return { design, conflicts, base, labels: inputs.map((input) => input.label) };
}
