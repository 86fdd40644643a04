import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../shared/model';
import { takeInReview } from '../../../shared/review';
import { clone, reviewComment, sampleDesign } from '../../helpers/designs';

const comment = (id: string, text: string, resolved = false) =>
  reviewComment({
    id,
    text,
    resolved,
    resolvedAt: resolved ? '2026-03-03T10:00:00.000Z' : null,
    resolvedBy: resolved ? 'Ana' : '',
  });
const decision = (status: Decision['status'], date: string | null, note = ''): Decision => ({
  status,
  reviewer: 'Dr Reviewer',
  date,
  note,
});

describe('takeInReview: keep my design, take in the reviewer’s comments and decision', () => {
  it('keeps every edit of mine and adds the file’s comments and newer decision', () => {
    const mine = sampleDesign();
    mine.outcomes[0]!.statement = 'Analyse mobility data of two districts'; // edited after the review
    const theirs = sampleDesign();
    theirs.review.comments = [comment('c1', 'Which districts?'), comment('c2', 'Add a rubric level.')];
    theirs.review.decision = decision('changes-requested', '2026-03-02T11:00:00.000Z', 'Two changes.');

    const merged = takeInReview(mine, theirs);
    expect(merged.outcomes[0]!.statement).toBe('Analyse mobility data of two districts');
    expect(merged.review.comments.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(merged.review.decision).toEqual(theirs.review.decision);
    expect(merged.review.history).toEqual([]); // my untouched draft is no decision worth keeping
  });

  it('keeps a comment once, resolved if either side resolved it', () => {
    const mine = sampleDesign();
    mine.review.comments = [comment('c1', 'Which districts?', true), comment('c2', 'Add a level.')];
    const theirs = clone(mine);
    theirs.review.comments = [
      comment('c1', 'Which districts?'),
      comment('c2', 'Add a level.', true),
      comment('c3', 'New.'),
    ];
    const merged = takeInReview(mine, theirs);
    expect(merged.review.comments.map((c) => [c.id, c.resolved])).toEqual([
      ['c1', true],
      ['c2', true],
      ['c3', false],
    ]);
  });

  it('keeps the newer decision and moves the older one and both histories to the history', () => {
    const mine = sampleDesign();
    mine.review.decision = decision('submitted', '2026-03-01T09:00:00.000Z');
    mine.review.history = [decision('draft', '2026-02-20T09:00:00.000Z', 'first draft')];
    const theirs = sampleDesign();
    theirs.review.decision = decision('approved', '2026-03-05T09:00:00.000Z');
    theirs.review.history = [decision('submitted', '2026-03-01T09:00:00.000Z')];
    const merged = takeInReview(mine, theirs);
    expect(merged.review.decision.status).toBe('approved');
    expect(merged.review.history.map((d) => d.status)).toEqual(['draft', 'submitted']);

    // The other way round: my decision is newer, so it stays.
    const back = takeInReview(theirs, mine);
    expect(back.review.decision.status).toBe('approved');
  });
});
