import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDesign, createOutcome } from '../../../shared/model';
import { readDesignFile, writeDesignFile } from '../../../main/services/files/design-file';
import {
  AUTOSAVE_SNAPSHOT_MS,
  LIBRARY_FILE,
  Library,
  MAX_AUTOSAVE_REVISIONS,
  MAX_SAVED_REVISIONS,
} from '../../../main/services/library/library';
import { clone, reviewComment, sampleDesign } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

function fakeClock(start = Date.parse('2026-03-01T09:00:00Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('library', () => {
  const tempDir = useTempDirs();
  const open = (dir = tempDir(), clock = fakeClock()) => ({
    library: Library.open(dir, { now: clock.now }),
    clock,
    dir,
  });

  it('saves, lists by most recent and reads designs back validated', () => {
    const { library, clock } = open();
    const first = createDesign({ interpretation: 'theme', title: 'First' });
    const second = createDesign({ interpretation: 'method', title: 'Second' });
    library.save(first);
    clock.advance(1000);
    library.save(second);
    expect(library.list().map((d) => d.title)).toEqual(['Second', 'First']);
    expect(library.get(first.id)).toEqual(first);
    expect(library.summary(second.id)).toMatchObject({ interpretation: 'method', status: 'draft' });
    library.close();
  });

  it('keeps a revision per explicit save and throttles autosave snapshots', () => {
    const { library, clock } = open();
    const design = sampleDesign();
    library.save(design, 'save');
    for (let i = 0; i < 10; i++) {
      clock.advance(10_000);
      library.save({ ...design, title: `Draft ${i}` }, 'autosave');
    }
    // Ten autosaves within 100 s: the design is current, but no snapshot was due yet.
    expect(library.get(design.id).title).toBe('Draft 9');
    expect(library.revisions(design.id).map((r) => r.kind)).toEqual(['save']);
    clock.advance(AUTOSAVE_SNAPSHOT_MS);
    library.save({ ...design, title: 'Later' }, 'autosave');
    expect(library.revisions(design.id).map((r) => r.kind)).toEqual(['autosave', 'save']);
    library.close();
  });

  it('prunes revisions beyond the caps, oldest first', () => {
    const { library, clock } = open();
    const design = sampleDesign();
    for (let i = 0; i < MAX_SAVED_REVISIONS + 5; i++) {
      clock.advance(1000);
      library.save({ ...design, title: `Save ${i}` }, 'save');
    }
    for (let i = 0; i < MAX_AUTOSAVE_REVISIONS + 5; i++) {
      clock.advance(AUTOSAVE_SNAPSHOT_MS);
      library.save({ ...design, title: `Auto ${i}` }, 'autosave');
    }
    const revisions = library.revisions(design.id);
    expect(revisions.filter((r) => r.kind === 'save')).toHaveLength(MAX_SAVED_REVISIONS);
    expect(revisions.filter((r) => r.kind === 'autosave')).toHaveLength(MAX_AUTOSAVE_REVISIONS);
    expect(revisions.at(-1)!.title).toBe('Save 5');
    library.close();
  });

  it('restores an old revision and keeps the replaced version in the history', () => {
    const { library, clock } = open();
    const design = sampleDesign();
    library.save({ ...design, title: 'Version A' }, 'save');
    const [versionA] = library.revisions(design.id);
    clock.advance(1000);
    library.save({ ...design, title: 'Version B' }, 'autosave');
    library.restoreRevision(versionA!.id);
    expect(library.get(design.id).title).toBe('Version A');
    const titles = library.revisions(design.id).map((r) => r.title);
    expect(titles).toContain('Version B');
    library.close();
  });

  it('finds designs by words in title, challenge, outcomes and activities, ignoring accents', () => {
    const { library } = open();
    const heat = createDesign({ interpretation: 'theme', title: 'Urban heat in București' });
    heat.outcomes.push(createOutcome({ statement: 'Evaluate shading strategies for schoolyards' }));
    const water = createDesign({ interpretation: 'method', title: 'Water stewardship' });
    water.challenge.statement = 'Design a rain garden with the neighbourhood';
    library.save(heat);
    library.save(water);
    expect(library.search('bucuresti').map((d) => d.title)).toEqual(['Urban heat in București']);
    expect(library.search('schoolyard').map((d) => d.id)).toEqual([heat.id]);
    expect(library.search('rain gard').map((d) => d.id)).toEqual([water.id]);
    expect(library.search('"); DROP TABLE designs; --')).toEqual([]);
    expect(library.search('garden heat')).toEqual([]);
    // Editing a design replaces its index entry.
    library.save({
      ...water,
      title: 'Water stewardship',
      challenge: { ...water.challenge, statement: 'Map flooding' },
    });
    expect(library.search('garden')).toEqual([]);
    library.close();
  });

  it('duplicates a design as a new draft without review data', () => {
    const { library } = open();
    const design = sampleDesign();
    design.review.decision = { status: 'approved', reviewer: 'Coordinator', date: '2026-02-01T10:00:00Z', note: 'ok' };
    library.save(design);
    const copy = library.duplicate(design.id);
    expect(copy.id).not.toBe(design.id);
    expect(copy.title).toBe('Sample (copy)');
    expect(copy.review.decision.status).toBe('draft');
    expect(library.list()).toHaveLength(2);
    library.close();
  });

  it('moves designs to the trash, restores them and purges them', () => {
    const { library } = open();
    const design = sampleDesign();
    library.save(design);
    library.trash(design.id);
    expect(library.list()).toEqual([]);
    expect(library.search('sample')).toEqual([]);
    expect(library.list({ trash: true }).map((d) => d.id)).toEqual([design.id]);
    library.restoreFromTrash(design.id);
    expect(library.list().map((d) => d.id)).toEqual([design.id]);
    library.trash(design.id);
    library.purge(design.id);
    expect(library.list({ trash: true })).toEqual([]);
    expect(library.revisions(design.id)).toEqual([]);
    expect(() => library.get(design.id)).toThrow(/no design with id/);
    library.close();
  });

  it('imports a file; the same file again changes nothing', async () => {
    const { library, dir, clock } = open();
    const file = join(dir, 'design.cbld');
    await writeDesignFile(file, sampleDesign());
    expect(library.importFile(file)).toMatchObject({ outcome: 'imported' });
    clock.advance(1000);
    expect(library.importFile(file)).toMatchObject({ outcome: 'unchanged' });
    expect(library.revisions('sample-design').map((r) => [r.kind, r.source])).toEqual([['import', 'design.cbld']]);
    library.close();
  });

  it('never replaces newer work silently: a different version of a design it has is a conflict, and nothing is written', async () => {
    const { library, dir, clock } = open();
    const file = join(dir, 'returned.cbld');
    await writeDesignFile(file, sampleDesign());
    library.save({ ...sampleDesign(), title: 'Edited after the review' }, 'autosave');
    clock.advance(1000);
    const result = library.importFile(file);
    expect(result).toMatchObject({ outcome: 'conflict', inTrash: false });
    expect(result.outcome === 'conflict' && result.current.title).toBe('Edited after the review');
    expect(library.get('sample-design').title).toBe('Edited after the review');
    library.close();
  });

  it('resolves a conflict three ways: a separate copy, a replacement kept as a revision, or taking in the review', () => {
    const { library, clock } = open();
    const mine = { ...sampleDesign(), title: 'Author edited this' };
    library.save(mine, 'save', { savedBy: { name: 'Ana Pop', role: 'author' } });
    const returned = clone(sampleDesign());
    returned.review.comments.push(reviewComment({ text: 'Use an observable verb.' }));
    returned.review.decision = {
      status: 'changes-requested',
      reviewer: 'Dr Reviewer',
      date: '2026-03-02T11:00:00.000Z',
      note: 'One change.',
    };

    clock.advance(1000);
    const copy = library.importDesign(returned, { resolve: 'copy', copyTitle: 'Sample (reviewed)' });
    expect(copy.outcome).toBe('copied');
    const copied = copy.outcome === 'copied' ? copy.design : null;
    expect(copied!.id).not.toBe('sample-design');
    expect(library.get(copied!.id)).toMatchObject({ title: 'Sample (reviewed)' });
    expect(library.get('sample-design').title).toBe('Author edited this');

    clock.advance(1000);
    expect(library.importDesign(returned, { resolve: 'take-review' }).outcome).toBe('merged');
    const merged = library.get('sample-design');
    expect(merged.title).toBe('Author edited this');
    expect(merged.review.comments.map((c) => c.text)).toEqual(['Use an observable verb.']);
    expect(merged.review.decision.status).toBe('changes-requested');
    expect(library.revisions('sample-design')[0]).toMatchObject({ kind: 'import' });

    clock.advance(1000);
    expect(library.importDesign(returned, { resolve: 'replace', source: 'returned.cbld' }).outcome).toBe('replaced');
    expect(library.get('sample-design').title).toBe('Sample');
    const revisions = library.revisions('sample-design');
    expect(revisions[0]).toMatchObject({ kind: 'import', source: 'returned.cbld' });
    // The version the replacement pushed out (the merged one) is the revision before it.
    expect(revisions[1]).toMatchObject({ title: 'Author edited this', kind: 'import' });
    expect(library.getRevision(revisions[1]!.id).review.comments).toHaveLength(1);
    // Nothing was lost on the way: the author's own save is still there, with who saved it.
    expect(revisions.find((r) => r.savedBy === 'Ana Pop')).toMatchObject({ kind: 'save', savedAs: 'author' });
    library.close();
  });

  it('records who saved each revision', () => {
    const { library, clock } = open();
    library.save(sampleDesign(), 'save', { savedBy: { name: 'Dr Ana Reviewer', role: 'reviewer' } });
    clock.advance(1000);
    library.save({ ...sampleDesign(), title: 'B' }, 'save', { savedBy: { name: '', role: 'author' } });
    expect(library.revisions('sample-design').map((r) => [r.savedBy, r.savedAs])).toEqual([
      ['', 'author'],
      ['Dr Ana Reviewer', 'reviewer'],
    ]);
    library.close();
  });

  it('refuses to import an invalid file and names the problem', () => {
    const { library, dir } = open();
    const file = join(dir, 'bad.cbld');
    writeFileSync(file, '{"schemaVersion": 1, "title": 5}');
    expect(() => library.importFile(file)).toThrow(/could not be opened/);
    expect(library.count()).toBe(0);
    library.close();
  });

  it('exports a design to a file that reads back equal, with the agreed version its copies start from', async () => {
    const { library, dir } = open();
    library.save(sampleDesign());
    const file = join(dir, 'out.cbld');
    await writeDesignFile(file, library.prepareForSharing(library.get('sample-design')));
    const exported = readDesignFile(file).design;
    expect({ ...exported, lineage: null }).toEqual(sampleDesign());
    expect(exported.lineage).not.toBeNull();
    expect(library.get('sample-design').lineage).toEqual(exported.lineage);
    library.close();
  });

  it('persists across reopening', () => {
    const { library, dir } = open();
    library.save(sampleDesign());
    library.close();
    const reopened = Library.open(dir);
    expect(reopened.notice).toBeNull();
    expect(reopened.get('sample-design').title).toBe('Sample');
    reopened.close();
  });

  it('moves a damaged library aside, starts a fresh one and says where the old one went', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LIBRARY_FILE), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0xab)]));
    const library = Library.open(dir, { now: () => Date.parse('2026-03-01T09:00:00Z') });
    expect(library.notice).toMatch(/damaged.*moved to .*library\.damaged-2026-03-01T09-00-00-000Z\.sqlite/);
    expect(library.integrityCheck()).toBe('ok');
    expect(library.count()).toBe(0);
    expect(readdirSync(dir)).toContain('library.damaged-2026-03-01T09-00-00-000Z.sqlite');
    library.close();
  });

  it('moves aside a file that is not SQLite at all', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LIBRARY_FILE), 'this is not a database');
    const library = Library.open(dir);
    expect(library.notice).toMatch(/moved to/);
    library.save(sampleDesign());
    expect(library.count()).toBe(1);
    library.close();
  });
});
