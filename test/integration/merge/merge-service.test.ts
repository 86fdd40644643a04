import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDesignFile, writeDesignFile } from '../../../main/services/files/design-file';
import { Library } from '../../../main/services/library/library';
import { MergeService } from '../../../main/services/merge/merge-service';
import { createOutcome, SCHEMA_VERSION } from '../../../shared/model';
import { asFormat2, clone, loadExample } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

/**
 * The staff-week round trip on real files and a real library: the lead saves the design as a
 * file for the team, keeps editing; a team member edits a copy of that file on their laptop;
 * the lead merges the member's file into the library's copy.
 */
describe('merge service', () => {
  const tempDir = useTempDirs();

  function setUp() {
    const dir = tempDir();
    let now = Date.parse('2026-03-02T09:00:00Z');
    const library = Library.open(join(dir, 'library'), { now: () => (now += 1000) });
    const merges = new MergeService(() => library);
    const design = loadExample('theme');
    library.save(design);
    return { dir, library, merges, design };
  }

  it('the file made for the team carries the agreed version, and so does the library’s copy', async () => {
    const { dir, library, design } = setUp();
    const file = join(dir, 'heat.cbld');
    await shareToFile(library, design.id, file);
    const shared = readDesignFile(file).design;
    expect(shared.lineage).not.toBeNull();
    expect(library.get(design.id).lineage).toEqual(shared.lineage);
    // The editor saves what it holds (without lineage): the library keeps the agreed version.
    library.save({ ...library.get(design.id), lineage: null, title: 'Edited after sharing' }, 'autosave');
    expect(library.get(design.id).lineage).toEqual(shared.lineage);
    // Saving a file again keeps it: copies made from the first file are still out there.
    await shareToFile(library, design.id, join(dir, 'again.cbld'));
    expect(readDesignFile(join(dir, 'again.cbld')).design.lineage).toEqual(shared.lineage);
    library.close();
  });

  it('merges a team member’s file into the library’s copy without a question, keeping every version', async () => {
    const { dir, library, merges, design } = setUp();
    const file = join(dir, 'heat.cbld');
    await shareToFile(library, design.id, file);

    // The lead keeps editing in the app.
    library.save({ ...library.get(design.id), title: 'Urban heat and health' }, 'autosave');
    // Bo edits a copy of the shared file on his laptop and sends it back.
    const bo = clone(readDesignFile(file).design);
    bo.outcomes.push(createOutcome({ id: 'lo-bo', statement: 'Design a cooling route for a school', bloom: 'create' }));
    const boFile = join(dir, 'bo.cbld');
    await writeDesignFile(boFile, bo);

    const { preview, inputs } = await merges.previewWithLibrary(design.id, [boFile], { ownLabel: 'Ana' });
    expect(preview.base.kind).toBe('common');
    expect(preview.conflicts).toEqual([]);
    expect(preview.labels).toEqual(['Ana', 'bo.cbld']);
    expect(preview.design.title).toBe('Urban heat and health');
    expect(preview.design.outcomes.at(-1)!.id).toBe('lo-bo');
    // Compared with each input: Ana gains Bo's outcome, Bo gains Ana's title.
    expect(preview.changes[0]!.map((c) => [c.kind, c.section])).toEqual([['added', 'outcomes']]);
    expect(preview.changes[1]!.map((c) => [c.kind, c.field])).toEqual([['changed', 'title']]);

    merges.save(preview, inputs, { savedBy: { name: 'Ana', role: 'author' } });
    expect(library.get(design.id)).toEqual(preview.design);
    const history = library.revisions(design.id);
    expect(history.slice(0, 3).map((r) => [r.kind, r.source, r.reason])).toEqual([
      ['import', 'merge of Ana, bo.cbld', ''],
      ['import', 'bo.cbld', ''],
      ['save', '', 'before-import'],
    ]);
    expect(library.getRevision(history[1]!.id)).toEqual(bo);
    library.close();
  });

  it('merges files given on the command line, and writes the result as a design file', async () => {
    const { dir, library, merges, design } = setUp();
    const file = join(dir, 'heat.cbld');
    await shareToFile(library, design.id, file);
    const [a, b] = [clone(readDesignFile(file).design), clone(readDesignFile(file).design)];
    a.summary = 'A';
    b.summary = 'B';
    await writeDesignFile(join(dir, 'a.cbld'), a);
    await writeDesignFile(join(dir, 'b.cbld'), b);
    const preview = await merges.previewFiles([join(dir, 'a.cbld'), join(dir, 'b.cbld')], {
      resolutions: { summary: 1 },
    });
    expect(preview.conflicts.map((c) => [c.id, c.chosen])).toEqual([['summary', 1]]);
    await merges.write(join(dir, 'merged.cbld'), preview);
    expect(readDesignFile(join(dir, 'merged.cbld')).design.summary).toBe('B');
    expect(JSON.parse(readFileSync(join(dir, 'merged.cbld'), 'utf8')).lineage.ancestors).toEqual([a.lineage!.base]);
    library.close();
  });

  it('merges files saved before format 3 two ways: more questions, nothing lost, the next round exact', async () => {
    const { dir, library, merges, design } = setUp();
    const raw = asFormat2(loadExample('theme')) as ReturnType<typeof asFormat2> & { outcomes: { id: string }[] };
    expect([raw.schemaVersion, raw.lineage]).toEqual([2, undefined]);
    // Ana and Bo both edited a format 2 file: the same field, and an outcome Bo added.
    const bo = createOutcome({ id: 'lo-bo', statement: 'Design a cooling route for a school', bloom: 'create' });
    writeFileSync(join(dir, 'ana.cbld'), JSON.stringify({ ...raw, title: 'Heat, by Ana' }));
    writeFileSync(
      join(dir, 'bo.cbld'),
      JSON.stringify({ ...raw, title: 'Heat, by Bo', outcomes: [...raw.outcomes, bo] }),
    );

    const preview = await merges.previewFiles([join(dir, 'ana.cbld'), join(dir, 'bo.cbld')]);
    expect(preview.base).toEqual({ kind: 'none', reason: 'no-lineage' });
    expect(
      preview.conflicts.map((c) => [c.id, c.options.filter((o) => o.kind === 'value').map((o) => o.value)]),
    ).toEqual([['title', ['Heat, by Ana', 'Heat, by Bo']]]);
    expect(preview.design.outcomes.map((o) => o.id)).toEqual([
      ...raw.outcomes.map((o: { id: string }) => o.id),
      'lo-bo',
    ]);
    // The merged file is the current format, with an agreed version: the next round merges three ways.
    await merges.write(join(dir, 'merged.cbld'), preview);
    const written = JSON.parse(readFileSync(join(dir, 'merged.cbld'), 'utf8'));
    expect(written.schemaVersion).toBe(SCHEMA_VERSION);
    expect(readDesignFile(join(dir, 'merged.cbld')).design.lineage?.base).toBe(preview.design.lineage!.base);

    // The library's shared copy (with lineage) and an old file (without): two ways as well.
    await shareToFile(library, design.id, join(dir, 'heat.cbld'));
    const mixed = await merges.previewWithLibrary(design.id, [join(dir, 'bo.cbld')]);
    expect(mixed.preview.base).toEqual({ kind: 'none', reason: 'no-lineage' });
    expect(mixed.preview.design.outcomes.some((o) => o.id === 'lo-bo')).toBe(true);
    library.close();
  });

  it('refuses copies of different designs with a sentence that says what to do', async () => {
    const { dir, merges } = setUp();
    await writeDesignFile(join(dir, 'heat.cbld'), loadExample('theme'));
    await writeDesignFile(join(dir, 'campus.cbld'), loadExample('method'));
    await expect(merges.previewFiles([join(dir, 'heat.cbld'), join(dir, 'campus.cbld')])).rejects.toMatchObject({
      code: 'not-mergeable',
      message: expect.stringMatching(/campus\.cbld is another design .* only copies of the same design merge/),
    });
  });

  it('reads copies through the design-file pipeline: an unreadable file says which and why', async () => {
    const { dir, merges } = setUp();
    await writeDesignFile(join(dir, 'heat.cbld'), loadExample('theme'));
    await expect(merges.previewFiles([join(dir, 'heat.cbld'), join(dir, 'missing.cbld')])).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('opening a file that differs only in its agreed version is no conflict; a newer round’s is taken', async () => {
    const { dir, library, merges, design } = setUp();
    const shared = join(dir, 'heat.cbld');
    await shareToFile(library, design.id, shared);
    const first = library.get(design.id).lineage!;
    // Ana keeps editing after sharing; Bo sends his copy back untouched.
    library.save({ ...library.get(design.id), title: 'Urban heat and health' });
    const ana = library.get(design.id);
    // The same content without lineage (saved by an older version): nothing to ask, nothing lost.
    expect(library.importDesign({ ...ana, lineage: null }).outcome).toBe('unchanged');
    expect(library.get(design.id).lineage).toEqual(first);
    // The merge of Ana's and Bo's files holds Ana's content, agreed as the next round.
    await shareToFile(library, design.id, join(dir, 'ana.cbld'));
    const preview = await merges.previewFiles([join(dir, 'ana.cbld'), shared]);
    expect(preview.conflicts).toEqual([]);
    await merges.write(join(dir, 'merged.cbld'), preview);
    const next = preview.design.lineage!;
    expect(next.ancestors).toContain(first.base);
    // Handed back, it changes no content here, but its agreed version is recorded: copies of
    // the merged file now merge three ways from it.
    const kept = library.revisions(design.id).length;
    expect(library.importFile(join(dir, 'merged.cbld'))).toMatchObject({
      outcome: 'unchanged',
      design: { lineage: next },
    });
    expect(library.get(design.id)).toEqual({ ...ana, lineage: next });
    // Bookkeeping, not an edit: no new revision, no new save time.
    expect(library.revisions(design.id)).toHaveLength(kept);
    // A file from the earlier round does not take it back.
    expect(library.importFile(shared).outcome).toBe('conflict');
    expect(library.importDesign({ ...ana, lineage: first }).outcome).toBe('unchanged');
    expect(library.get(design.id).lineage).toEqual(next);
    library.close();
  });

  it('an editor still holding the earlier agreed version does not take the newer one away when it saves', async () => {
    const { dir, library, merges, design } = setUp();
    const file = join(dir, 'heat.cbld');
    await shareToFile(library, design.id, file);
    const open = library.get(design.id); // what the editor holds: the first agreed version
    const bo = clone(readDesignFile(file).design);
    bo.summary = 'Bo’s summary';
    await writeDesignFile(join(dir, 'bo.cbld'), bo);
    const { preview, inputs } = await merges.previewWithLibrary(design.id, [join(dir, 'bo.cbld')]);
    merges.save(preview, inputs);
    const next = library.get(design.id).lineage!;
    expect(next.ancestors).toContain(open.lineage!.base);
    // The editor autosaves what it holds, with its older lineage.
    library.save({ ...open, title: 'Typed meanwhile' }, 'autosave');
    expect(library.get(design.id)).toMatchObject({ title: 'Typed meanwhile', lineage: next });
    library.close();
  });

  it('a duplicate or an imported copy is another design: it starts without lineage', async () => {
    const { dir, library, design } = setUp();
    await shareToFile(library, design.id, join(dir, 'heat.cbld'));
    expect(library.duplicate(design.id).lineage).toBeNull();
    const copied = library.importDesign({ ...library.get(design.id), title: 'changed' }, { resolve: 'copy' });
    expect(copied.outcome === 'copied' && copied.design.lineage).toBeNull();
    library.close();
  });
});

/** The design as it leaves this laptop for the team: with its agreed version (lineage). */
async function shareToFile(library: Library, id: string, path: string): Promise<void> {
  await writeDesignFile(path, library.prepareForSharing(library.get(id)));
}
