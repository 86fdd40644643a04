import { diffWords } from 'diff';
import type { Design, Section } from '../model';

export type ChangeSection = Section | 'review';

/** One part of a word diff: kept, added or removed text. */
export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

/**
 * One readable change between two versions. `item` names the item in its own words (an
 * outcome's statement, an activity's title); `field` is the model's key, which the UI
 * translates. Long texts carry a word diff.
 */
export interface Change {
  section: ChangeSection;
  kind: 'added' | 'removed' | 'changed';
  item?: string;
  field?: string;
  before?: string;
  after?: string;
  /** The values themselves, for naming them in words (describe.ts): enum codes, ids, numbers. */
  from?: unknown;
  to?: unknown;
  diff?: DiffPart[];
}

/** Texts longer than this get a word diff instead of before/after. */
const LONG_TEXT = 80;

const shorten = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function fieldChange(section: ChangeSection, field: string, before: unknown, after: unknown, item?: string): Change[] {
  const [a, b] = [show(before), show(after)];
  if (a === b) return [];
  const change: Change = { section, kind: 'changed', item, field, before: a, after: b, from: before, to: after };
  if (typeof before === 'string' && typeof after === 'string' && Math.max(a.length, b.length) > LONG_TEXT)
    change.diff = diffWords(a, b).map((part) => ({
      text: part.value,
      change: part.added ? 'added' : part.removed ? 'removed' : 'same',
    }));
  return [change];
}

/** Every field of two objects (nested objects flattened with dots), compared one by one. */
function objectChanges(section: ChangeSection, before: object, after: object, item?: string, prefix = ''): Change[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].flatMap((key) => {
    if (key === 'id') return [];
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    const isObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
    if (isObject(a) && isObject(b)) return objectChanges(section, a as object, b as object, item, `${prefix}${key}.`);
    return fieldChange(section, `${prefix}${key}`, a, b, item);
  });
}

/** Lists of items with ids: added, removed, and changed field by field. */
function listChanges<T extends { id: string }>(
  section: ChangeSection,
  before: T[],
  after: T[],
  label: (item: T) => string,
): Change[] {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Map(after.map((item) => [item.id, item]));
  return [
    ...before
      .filter((item) => !now.has(item.id))
      .map((item): Change => ({ section, kind: 'removed', item: label(item) })),
    ...after.flatMap((item): Change[] => {
      const previous = old.get(item.id);
      return previous
        ? objectChanges(section, previous, item, label(item))
        : [{ section, kind: 'added', item: label(item) }];
    }),
  ];
}

function setChanges(
  section: ChangeSection,
  field: string,
  before: readonly unknown[],
  after: readonly unknown[],
): Change[] {
  const [a, b] = [new Set(before.map(show)), new Set(after.map(show))];
  return [
    ...[...a]
      .filter((value) => !b.has(value))
      .map((value): Change => ({ section, kind: 'removed', field, item: value })),
    ...[...b].filter((value) => !a.has(value)).map((value): Change => ({ section, kind: 'added', field, item: value })),
  ];
}

/**
 * The same design content: equal but for the time of the last edit and the lineage (which agreed
 * version a copy started from is bookkeeping for merges, not content anyone wrote).
 */
export function sameContent(a: Design, b: Design): boolean {
  return JSON.stringify({ ...a, updated: '', lineage: null }) === JSON.stringify({ ...b, updated: '', lineage: null });
}

/** What changed from one version of a design to another, section by section. */
export function compareDesigns(before: Design, after: Design): Change[] {
  const {
    sdgGoals: goalsBefore,
    sdgTargets: targetsBefore,
    stakeholders: peopleBefore,
    ...challengeBefore
  } = before.challenge;
  const {
    sdgGoals: goalsAfter,
    sdgTargets: targetsAfter,
    stakeholders: peopleAfter,
    ...challengeAfter
  } = after.challenge;
  const { awardingBodies: bodiesBefore, ...credentialBefore } = before.credential;
  const { awardingBodies: bodiesAfter, ...credentialAfter } = after.credential;
  return [
    ...fieldChange('overview', 'title', before.title, after.title),
    ...fieldChange('overview', 'summary', before.summary, after.summary),
    ...fieldChange('overview', 'version', before.version, after.version),
    ...fieldChange('overview', 'language', before.language, after.language),
    ...listChanges('overview', before.authors, after.authors, (a) => a.name),
    ...fieldChange('interpretation', 'interpretation', before.interpretation, after.interpretation),
    ...objectChanges('challenge', challengeBefore, challengeAfter),
    ...setChanges('challenge', 'sdgGoals', goalsBefore, goalsAfter),
    ...setChanges('challenge', 'sdgTargets', targetsBefore, targetsAfter),
    ...listChanges('challenge', peopleBefore, peopleAfter, (s) => s.name),
    ...listChanges('competences', before.competences, after.competences, (c) =>
      c.source.kind === 'custom' ? c.source.title : c.source.ref,
    ),
    ...listChanges('outcomes', before.outcomes, after.outcomes, (o) => shorten(o.statement)),
    ...listChanges('journey', before.activities, after.activities, (a) => a.title),
    ...listChanges('assessment', before.assessments, after.assessments, (a) => a.title),
    ...objectChanges('credential', credentialBefore, credentialAfter),
    ...listChanges('credential', bodiesBefore, bodiesAfter, (b) => b.name),
    ...offeringChanges(before, after),
    ...reviewChanges(before, after),
  ];
}

/** The offering (languages, dates, place, teachers, contact), shown with the credential. */
function offeringChanges(before: Design, after: Design): Change[] {
  const { teachers: teachersBefore, ...offeringBefore } = before.offering;
  const { teachers: teachersAfter, ...offeringAfter } = after.offering;
  return [
    ...objectChanges('credential', offeringBefore, offeringAfter),
    ...listChanges('credential', teachersBefore, teachersAfter, (t) => t.name),
  ];
}

/** Comments added, removed or resolved, and the decision. */
function reviewChanges(before: Design, after: Design): Change[] {
  const old = new Map(before.review.comments.map((c) => [c.id, c]));
  const now = new Map(after.review.comments.map((c) => [c.id, c]));
  const label = (c: Design['review']['comments'][number]) => `${c.author}: ${shorten(c.text)}`;
  const changes: Change[] = [
    ...before.review.comments
      .filter((c) => !now.has(c.id))
      .map((c): Change => ({ section: 'review', kind: 'removed', field: 'comment', item: label(c) })),
    ...after.review.comments.flatMap((c): Change[] => {
      const previous = old.get(c.id);
      if (!previous) return [{ section: 'review', kind: 'added', field: 'comment', item: label(c) }];
      return previous.resolved !== c.resolved || previous.text !== c.text
        ? [
            {
              section: 'review',
              kind: 'changed',
              field: c.resolved && !previous.resolved ? 'resolved' : 'comment',
              item: label(c),
            },
          ]
        : [];
    }),
  ];
  const { decision: a } = before.review;
  const { decision: b } = after.review;
  changes.push(...fieldChange('review', 'decision', a.status, b.status));
  changes.push(...fieldChange('review', 'decisionNote', a.note, b.note));
  return changes;
}
