import { describe, expect, it } from 'vitest';
import { createOutcome } from '../../../shared/model';
import { compareDesigns } from '../../../shared/review';
import { clone, loadExample } from '../../helpers/designs';

describe('compareDesigns', () => {
  it('finds nothing between a design and its copy', () => {
    const design = loadExample('method');
    expect(compareDesigns(design, clone(design))).toEqual([]);
  });

  it('lists added, removed and changed items per section, with a word diff for long texts', () => {
    const before = loadExample('partnership');
    const after = clone(before);
    after.title = 'A new title';
    after.outcomes.push(createOutcome({ statement: 'Evaluate the pilot with the partner' }));
    const removed = after.activities.shift()!;
    after.challenge.statement = `${before.challenge.statement} Now with a second district.`;
    after.credential.ects = (before.credential.ects ?? 0) + 1;
    after.challenge.sdgGoals = [...before.challenge.sdgGoals, 16];
    after.language = 'ro';

    const changes = compareDesigns(before, after);
    expect(changes).toContainEqual(
      expect.objectContaining({ section: 'overview', kind: 'changed', field: 'title', after: 'A new title' }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({ section: 'outcomes', kind: 'added', item: 'Evaluate the pilot with the partner' }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({ section: 'journey', kind: 'removed', item: removed.title }),
    );
    expect(changes).toContainEqual(expect.objectContaining({ section: 'credential', field: 'ects' }));
    expect(changes).toContainEqual(
      expect.objectContaining({ section: 'challenge', kind: 'added', field: 'sdgGoals', item: '16' }),
    );
    const statement = changes.find((c) => c.field === 'statement' && c.section === 'challenge')!;
    expect(
      statement
        .diff!.filter((part) => part.change === 'added')
        .map((p) => p.text)
        .join(''),
    ).toContain('second district');
    expect(statement.diff!.some((part) => part.change === 'removed')).toBe(false);
    expect(changes).toContainEqual(
      expect.objectContaining({ section: 'overview', field: 'language', before: 'en', after: 'ro' }),
    );
    // Nothing else changed: exactly these seven.
    expect(changes).toHaveLength(7);
  });

  it('reports comments added and resolved, and the decision', () => {
    const before = loadExample('theme');
    const after = clone(before);
    const comment = {
      id: 'c-1',
      anchor: { section: 'outcomes' as const, itemId: before.outcomes[0]!.id },
      author: 'Dr Reviewer',
      createdAt: '2026-11-23T10:00:00.000Z',
      text: 'Make the verb observable.',
      resolved: false,
      resolvedAt: null,
      resolvedBy: '',
    };
    after.review.comments.push(comment);
    after.review.decision = { ...after.review.decision, status: 'changes-requested' };
    expect(compareDesigns(before, after)).toEqual([
      { section: 'review', kind: 'added', field: 'comment', item: 'Dr Reviewer: Make the verb observable.' },
      expect.objectContaining({ section: 'review', field: 'decision', before: 'draft', after: 'changes-requested' }),
    ]);
    const resolved = clone(after);
    resolved.review.comments[0] = {
      ...comment,
      resolved: true,
      resolvedAt: '2026-11-24T09:00:00.000Z',
      resolvedBy: 'Author',
    };
    expect(compareDesigns(after, resolved)).toEqual([
      { section: 'review', kind: 'changed', field: 'resolved', item: 'Dr Reviewer: Make the verb observable.' },
    ]);
  });
});
