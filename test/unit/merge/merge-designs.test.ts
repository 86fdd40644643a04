import { describe, expect, it } from 'vitest';
import { createOutcome, removeOutcome, validateDesign, type Design } from '../../../shared/model';
import {
  mergeDesigns,
  MergeError,
  readSnapshot,
  startNewRound,
  withAgreedVersion,
  type DesignMerge,
} from '../../../shared/merge';
import { compareDesigns } from '../../../shared/review';
import { clone, loadExample, reviewComment } from '../../helpers/designs';

const SHARED_AT = '2026-03-02T09:00:00.000Z';
const MERGED_AT = '2026-03-02T16:00:00.000Z';

/** The version the team agreed on in the morning: the file everyone copied. */
function agreed(): Design {
  return withAgreedVersion(loadExample('theme'), SHARED_AT);
}

const merge = (mine: Design, theirs: Design, resolutions = {}) =>
  mergeDesigns(
    [
      { design: mine, label: 'Ana' },
      { design: theirs, label: 'Bo' },
    ],
    { now: MERGED_AT, resolutions },
  );

const outcome = (design: Design, id: string) => design.outcomes.find((o) => o.id === id)!;
const assessment = (design: Design, id: string) => design.assessments.find((a) => a.id === id)!;

function expectValid(result: DesignMerge) {
  const check = validateDesign(result.design);
  expect(check.ok, check.ok ? '' : check.problems.map((p) => p.message).join('\n')).toBe(true);
}

describe('merging two copies edited apart (three-way, from the agreed version)', () => {
  it('combines translations into different languages, and of different outcomes into one, without a question', () => {
    const base = agreed();
    base.translations = [{ language: 'fr', title: 'Chaleur urbaine', summary: '', outcomes: {} }];
    const ana = clone(base);
    const bo = clone(base);
    const [first, second] = base.outcomes.map((o) => o.id);
    ana.translations[0]!.outcomes[first!] = 'Analyser les îlots de chaleur';
    bo.translations[0]!.outcomes[second!] = 'Concevoir un itinéraire rafraîchi';
    bo.translations.push({ language: 'ro', title: 'Căldura urbană și sănătatea', summary: '', outcomes: {} });

    const result = merge(ana, bo);
    expect(result.conflicts).toEqual([]);
    expect(result.design.translations.map((t) => t.language)).toEqual(['fr', 'ro']);
    expect(result.design.translations[0]!.outcomes).toEqual({
      [first!]: 'Analyser les îlots de chaleur',
      [second!]: 'Concevoir un itinéraire rafraîchi',
    });
    expectValid(result);
  });

  it('combines different outcomes added, an activity reordered and different fields of one assessment without a question', () => {
    const base = agreed();
    const ana = clone(base);
    const bo = clone(base);
    ana.outcomes.push(createOutcome({ id: 'lo-ana', statement: 'Compare two heat plans', bloom: 'evaluate' }));
    bo.outcomes.push(createOutcome({ id: 'lo-bo', statement: 'Design a cooling route', bloom: 'create' }));
    // Bo moves the field walk before the data lab.
    const walk = bo.activities.findIndex((a) => a.id === 'act-5');
    bo.activities.splice(3, 0, ...bo.activities.splice(walk, 1));
    // Ana changes the exam's weight and week; Bo its title and description.
    assessment(ana, 'as-2').weight = 25;
    assessment(ana, 'as-3').weight = 55;
    assessment(ana, 'as-2').week = 4;
    assessment(bo, 'as-2').title = 'Open-book exam on heat and health';
    assessment(bo, 'as-2').description = 'Two hours, with the course reader.';

    const result = merge(ana, bo);
    expect(result.conflicts).toEqual([]);
    expect(result.base).toMatchObject({ kind: 'common', agreedAt: SHARED_AT });
    const merged = result.design;
    expect(merged.outcomes.map((o) => o.id)).toEqual([...base.outcomes.map((o) => o.id), 'lo-ana', 'lo-bo']);
    expect(merged.activities.map((a) => a.id)).toEqual(bo.activities.map((a) => a.id));
    expect(assessment(merged, 'as-2')).toMatchObject({
      weight: 25,
      week: 4,
      title: 'Open-book exam on heat and health',
      description: 'Two hours, with the course reader.',
    });
    expect(assessment(merged, 'as-3').weight).toBe(55);
    expectValid(result);
  });

  it('asks exactly once when both changed the same field differently, with both values side by side', () => {
    const base = agreed();
    const ana = clone(base);
    const bo = clone(base);
    outcome(ana, 'lo-2').statement = 'Explain how heat harms older people';
    outcome(bo, 'lo-2').statement = 'Explain how heat harms the body and whole populations';
    outcome(bo, 'lo-3').bloom = 'evaluate'; // another field: no question

    const result = merge(ana, bo);
    expect(result.conflicts).toHaveLength(1);
    const [conflict] = result.conflicts;
    expect(conflict).toMatchObject({
      id: 'outcomes[lo-2].statement',
      kind: 'field',
      section: 'outcomes',
      field: 'statement',
      base: outcome(base, 'lo-2').statement,
      chosen: 0,
    });
    // The outcome is named in its own words (as it reads in the copy of whoever merges).
    expect(outcome(ana, 'lo-2').statement.startsWith(conflict!.item!.replace(/…$/, ''))).toBe(true);
    expect(conflict!.options.map((o) => [o.kind, o.value, o.holders])).toEqual([
      ['value', 'Explain how heat harms older people', [0]],
      ['value', 'Explain how heat harms the body and whole populations', [1]],
      ['all', 'Explain how heat harms older people\n\nExplain how heat harms the body and whole populations', []],
    ]);
    expect(outcome(result.design, 'lo-2').statement).toBe('Explain how heat harms older people');
    expect(outcome(result.design, 'lo-3').bloom).toBe('evaluate');

    // Answering the question: the same question again, with the answer in the result.
    const answered = merge(ana, bo, { 'outcomes[lo-2].statement': 1 });
    expect(answered.conflicts.map((c) => [c.id, c.chosen])).toEqual([['outcomes[lo-2].statement', 1]]);
    expect(outcome(answered.design, 'lo-2').statement).toBe('Explain how heat harms the body and whole populations');
    // Keeping both texts: nothing typed by anyone is lost.
    const both = merge(ana, bo, { 'outcomes[lo-2].statement': 2 });
    expect(outcome(both.design, 'lo-2').statement).toContain('older people\n\nExplain');
  });

  it('does not ask when both made the same change', () => {
    const base = agreed();
    const [ana, bo] = [clone(base), clone(base)];
    ana.title = bo.title = 'Urban Heat and Health';
    expect(merge(ana, bo).conflicts).toEqual([]);
    expect(merge(ana, bo).design.title).toBe('Urban Heat and Health');
  });

  it('asks when one changed an item the other removed; keeping it is the default and keeps the change', () => {
    const base = agreed();
    const [ana, bo] = [clone(base), clone(base)];
    ana.activities = ana.activities.filter((a) => a.id !== 'act-10');
    bo.activities.find((a) => a.id === 'act-10')!.durationHours = 3;

    const result = merge(ana, bo);
    expect(result.conflicts.map((c) => [c.id, c.kind, c.options.map((o) => [o.kind, o.holders])])).toEqual([
      [
        'activities[act-10]',
        'removed',
        [
          ['keep', [1]],
          ['remove', [0]],
        ],
      ],
    ]);
    expect(result.design.activities.find((a) => a.id === 'act-10')?.durationHours).toBe(3);
    const removed = merge(ana, bo, { 'activities[act-10]': 1 });
    expect(removed.design.activities.some((a) => a.id === 'act-10')).toBe(false);
  });

  it('puts an item kept against a removal where the copy that kept it has it, in the order chosen', () => {
    const base = agreed();
    const [cleo, ana, bo] = [clone(base), clone(base), clone(base)];
    // Ana and Bo reverse the journey; Ana also removes the field walk, which Bo lengthens.
    // Cleo, who merges, left the order as it was.
    ana.activities.reverse();
    bo.activities.reverse();
    ana.activities = ana.activities.filter((a) => a.id !== 'act-5');
    bo.activities.find((a) => a.id === 'act-5')!.durationHours = 6;
    cleo.title = 'Heat';
    const result = mergeDesigns(
      [
        { design: cleo, label: 'Cleo' },
        { design: ana, label: 'Ana' },
        { design: bo, label: 'Bo' },
      ],
      { now: MERGED_AT },
    );
    expect(result.conflicts.map((c) => c.id)).toEqual(['activities[act-5]']);
    expect(result.design.activities.map((a) => a.id)).toEqual(bo.activities.map((a) => a.id));
  });

  it('removes without asking what one removed and the other left as it was', () => {
    const base = agreed();
    const [ana, bo] = [clone(base), clone(base)];
    ana.activities = ana.activities.filter((a) => a.id !== 'act-10');
    bo.title = 'Heat';
    const result = merge(ana, bo);
    expect(result.conflicts).toEqual([]);
    expect(result.design.activities.some((a) => a.id === 'act-10')).toBe(false);
    expect(result.design.title).toBe('Heat');
  });

  it('asks when both reordered the same list differently, naming the items in each order', () => {
    const base = agreed();
    const [ana, bo] = [clone(base), clone(base)];
    ana.activities.reverse();
    bo.activities.push(bo.activities.shift()!);
    const result = merge(ana, bo);
    expect(result.conflicts).toHaveLength(1);
    const [conflict] = result.conflicts;
    expect(conflict).toMatchObject({ id: 'activities#order', kind: 'order', section: 'journey', field: 'activities' });
    expect(conflict!.options.map((o) => o.items![0])).toEqual([ana.activities[0]!.title, bo.activities[0]!.title]);
    expect(merge(ana, bo, { 'activities#order': 1 }).design.activities.map((a) => a.id)).toEqual(
      bo.activities.map((a) => a.id),
    );
  });

  it('keeps an outcome one removed while the other linked it to a new activity, and asks', () => {
    const base = agreed();
    const [ana, bo] = [clone(base), clone(base)];
    removeOutcome(ana, 'lo-3');
    bo.activities[0]!.outcomeIds.push('lo-3');
    bo.activities[0]!.outcomeIds = [...new Set(bo.activities[0]!.outcomeIds)];
    bo.activities.push({ ...clone(bo.activities[1]!), id: 'act-new', title: 'New workshop', outcomeIds: ['lo-3'] });

    const result = merge(ana, bo);
    const inUse = result.conflicts.filter((c) => c.kind === 'in-use');
    expect(inUse.map((c) => [c.id, c.usedBy])).toEqual([
      ['outcomes[lo-3]#in-use', [bo.activities[0]!.title, 'New workshop']],
    ]);
    expect(result.design.outcomes.some((o) => o.id === 'lo-3')).toBe(true);
    expect(result.design.activities.find((a) => a.id === 'act-new')!.outcomeIds).toEqual(['lo-3']);
    expectValid(result);

    const removed = merge(ana, bo, { 'outcomes[lo-3]#in-use': 1 });
    expect(removed.design.outcomes.some((o) => o.id === 'lo-3')).toBe(false);
    expect(removed.design.activities.find((a) => a.id === 'act-new')!.outcomeIds).toEqual([]);
    expectValid(removed);
  });

  it('keeps an SDG goal and target one removed while the other linked an outcome to it, asking once', () => {
    const base = agreed();
    const [ana, bo] = [clone(base), clone(base)];
    ana.challenge.sdgGoals = ana.challenge.sdgGoals.filter((g) => g !== 13);
    ana.challenge.sdgTargets = ana.challenge.sdgTargets.filter((t) => t !== '13.1');
    for (const o of ana.outcomes) o.sdgTargets = o.sdgTargets.filter((t) => t !== '13.1');
    outcome(bo, 'lo-3').sdgTargets = ['13.1'];
    const result = merge(ana, bo);
    expect(result.conflicts.map((c) => c.id)).toEqual(['challenge.sdgTargets[13.1]#in-use']);
    expect(result.design.challenge.sdgGoals).toContain(13);
    expectValid(result);
    const removed = merge(ana, bo, { 'challenge.sdgTargets[13.1]#in-use': 1 });
    expect(removed.design.challenge.sdgGoals).not.toContain(13);
    expect(outcome(removed.design, 'lo-3').sdgTargets).toEqual([]);
    expectValid(removed);
  });

  it('asks about the dates as a pair when combining them would end before the start', () => {
    const base = agreed();
    const [ana, bo] = [clone(base), clone(base)];
    ana.offering.startDate = '2026-06-01'; // starts later, still before the end (12 June)
    bo.offering.endDate = '2026-05-20'; // ends earlier, still after the start (4 May)
    const result = merge(ana, bo);
    expect(result.conflicts.map((c) => c.id)).toEqual(['offering.dates']);
    expect(result.conflicts[0]!.options.map((o) => o.value)).toEqual([
      { startDate: '2026-06-01', endDate: base.offering.endDate },
      { startDate: base.offering.startDate, endDate: '2026-05-20' },
    ]);
    expect(result.design.offering).toMatchObject({ startDate: '2026-06-01', endDate: base.offering.endDate });
    expectValid(result);
  });

  it('unites comments and decisions as the coordinator round trip does', () => {
    const base = agreed();
    const [ana, bo] = [clone(base), clone(base)];
    ana.review.comments.push(reviewComment({ id: 'cm-ana', text: 'Cite the heat plan' }));
    bo.review.comments.push(reviewComment({ id: 'cm-bo', text: 'Shorter title?' }));
    bo.review.decision = { status: 'submitted', reviewer: 'Bo', date: '2026-03-02T12:00:00.000Z', note: '' };
    const result = merge(ana, bo);
    expect(result.conflicts).toEqual([]);
    expect(result.design.review.comments.map((c) => c.id)).toEqual(['cm-ana', 'cm-bo']);
    expect(result.design.review.decision.status).toBe('submitted');
  });

  it('asks a field three people changed once, with three variants', () => {
    const base = agreed();
    const copies = ['A', 'B', 'C'].map((name) => {
      const copy = clone(base);
      copy.summary = `Summary by ${name}`;
      return { design: copy, label: name };
    });
    const result = mergeDesigns(copies, { now: MERGED_AT });
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]!.options.filter((o) => o.kind === 'value').map((o) => o.holders)).toEqual([
      [0],
      [1],
      [2],
    ]);
  });

  it('lets the result be compared with each input: every change of each copy shows, nothing else', () => {
    const base = agreed();
    const [ana, bo] = [clone(base), clone(base)];
    ana.title = 'Heat and health';
    bo.outcomes.push(createOutcome({ id: 'lo-bo', statement: 'Design a cooling route' }));
    const result = merge(ana, bo);
    expect(compareDesigns(ana, result.design).map((c) => [c.kind, c.item])).toEqual([
      ['added', 'Design a cooling route'],
    ]);
    expect(compareDesigns(bo, result.design).map((c) => [c.kind, c.field])).toEqual([['changed', 'title']]);
  });

  it('keeps Greek, Romanian, Arabic and emoji exactly, in the agreed version and in every option', () => {
    const base = withAgreedVersion(
      { ...loadExample('theme'), title: 'Θερμότητα στην πόλη 🌡️ — căldura în oraș' },
      SHARED_AT,
    );
    // The snapshot holds the text byte for byte (UTF-8, not Latin-1) and names itself by it.
    expect(readSnapshot(base.lineage!)).toEqual({ ok: true, design: { ...base, lineage: null } });
    const [ana, bo] = [clone(base), clone(base)];
    outcome(ana, 'lo-2').statement = 'Εξηγεί πώς η ζέστη βλάπτει τους ηλικιωμένους 👵🏽';
    outcome(bo, 'lo-2').statement = 'Explică efectele căldurii asupra sănătății (قيظ) 🇷🇴';
    bo.summary = 'Περίληψη: ș ț ă î â, مرحبا in Latin text, 👩🏽‍🔬';

    const result = merge(ana, bo);
    expect(result.base.kind).toBe('common');
    expect(result.conflicts.map((c) => c.id)).toEqual(['outcomes[lo-2].statement']);
    expect(result.conflicts[0]!.options.map((o) => o.value)).toEqual([
      outcome(ana, 'lo-2').statement,
      outcome(bo, 'lo-2').statement,
      `${outcome(ana, 'lo-2').statement}\n\n${outcome(bo, 'lo-2').statement}`,
    ]);
    expect(result.design.title).toBe(base.title);
    expect(result.design.summary).toBe(bo.summary);
    // The merged design, agreed as the next round, reads back as it is.
    expect(readSnapshot(result.design.lineage!)).toEqual({ ok: true, design: { ...result.design, lineage: null } });
  });

  it('makes the result the new agreed version, remembering the old one', () => {
    const base = agreed();
    const [ana, bo] = [clone(base), clone(base)];
    ana.title = 'Heat';
    const result = merge(ana, bo);
    expect(result.design.lineage).toMatchObject({ agreedAt: MERGED_AT, ancestors: [base.lineage!.base] });
    expect(result.design.lineage!.base).not.toBe(base.lineage!.base);
    expect(result.design.updated).toBe(MERGED_AT);
  });
});

describe('copies that did not take part in every merge', () => {
  it('merge three ways from the older agreed version they still share', () => {
    const base = agreed();
    const ana = clone(base);
    const bo = clone(base);
    const cleo = clone(base);
    ana.title = 'Heat';
    bo.summary = 'Bo’s summary';
    // Ana merges Bo's copy: her result is a newer agreed version that Cleo never saw.
    const anaMerged = merge(ana, bo).design;
    outcome(cleo, 'lo-1').statement = 'Cleo’s statement';
    const result = mergeDesigns(
      [
        { design: anaMerged, label: 'Ana' },
        { design: cleo, label: 'Cleo' },
      ],
      { now: MERGED_AT },
    );
    expect(result.base).toMatchObject({ kind: 'common', hash: base.lineage!.base });
    expect(result.conflicts).toEqual([]);
    expect(result.design).toMatchObject({ title: 'Heat', summary: 'Bo’s summary' });
    expect(outcome(result.design, 'lo-1').statement).toBe('Cleo’s statement');
  });

  it('start a new round on purpose: the current content becomes the agreed version', () => {
    const base = agreed();
    const next = startNewRound({ ...base, title: 'Round 2' }, MERGED_AT);
    expect(next.lineage!.ancestors).toEqual([base.lineage!.base]);
    expect(next.lineage!.base).not.toBe(base.lineage!.base);
  });
});

describe('old files (no agreed version): two-way, with more questions', () => {
  const old = () => ({ ...loadExample('theme'), lineage: null });

  it('asks about every field that differs, combines a value that fills an empty one, keeps items of either', () => {
    const [ana, bo] = [old(), old()];
    ana.title = 'Heat A';
    bo.title = 'Heat B';
    ana.credential.prerequisites = '';
    bo.credential.prerequisites = 'Basic statistics';
    bo.outcomes.push(createOutcome({ id: 'lo-bo', statement: 'New' }));
    const result = merge(ana, bo);
    expect(result.base).toEqual({ kind: 'none', reason: 'no-lineage' });
    expect(result.conflicts.map((c) => c.id)).toEqual(['title']);
    expect(result.design.credential.prerequisites).toBe('Basic statistics');
    expect(result.design.outcomes.some((o) => o.id === 'lo-bo')).toBe(true);
    // A three-way merge of the same edits would ask nothing about the title changed by one only.
    expect(result.design.lineage).not.toBeNull();
  });

  it('merges two ways, saying why, when the saved starting point is damaged', () => {
    const base = agreed();
    const [ana, bo] = [clone(base), clone(base)];
    ana.lineage = { ...ana.lineage!, snapshot: 'AAAA' };
    bo.lineage = { ...bo.lineage!, snapshot: ana.lineage.snapshot };
    expect(merge(ana, bo).base).toEqual({ kind: 'none', reason: 'damaged' });
    // One good snapshot of the shared base is enough.
    bo.lineage = clone(base.lineage);
    expect(merge(ana, bo).base.kind).toBe('common');
  });

  it('merges two ways when the copies share no agreed version', () => {
    const [ana, bo] = [withAgreedVersion(old(), SHARED_AT), withAgreedVersion({ ...old(), title: 'x' }, SHARED_AT)];
    expect(merge(ana, bo).base).toEqual({ kind: 'none', reason: 'different-bases' });
  });
});

describe('refusals', () => {
  it('refuses copies of different designs, naming the file', () => {
    const ana = agreed();
    const other = { ...agreed(), id: 'another-design', title: 'Circular campus' };
    expect(() => merge(ana, other)).toThrow(MergeError);
    expect(() => merge(ana, other)).toThrow(/Bo is another design \(“Circular campus”\)/);
  });

  it('needs two copies', () => {
    expect(() => mergeDesigns([{ design: agreed(), label: 'Ana' }])).toThrow(/at least two/);
  });
});
