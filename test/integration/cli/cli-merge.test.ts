import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDesignFile, serialiseDesign } from '../../../main/services/files/design-file';
import { withAgreedVersion } from '../../../shared/merge';
import { createOutcome, type Design } from '../../../shared/model';
import { cli } from '../../helpers/cli';
import { asFormat2, clone, loadExample } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

/**
 * `challenge-designer merge a.cbld b.cbld … --out merged.cbld` (issue 20): merges without a
 * question when the copies changed different things, asks plainly and writes nothing otherwise,
 * and takes its answers from --prefer, --keep-both or an answers file.
 */
describe('challenge-designer merge', () => {
  const tempDir = useTempDirs();

  /** The shared file and two team members' copies of it, edited apart. */
  function team(edit: { ana?: (d: Design) => void; bo?: (d: Design) => void } = {}) {
    const dir = tempDir();
    const shared = withAgreedVersion(loadExample('theme'), '2026-03-02T09:00:00Z');
    const [ana, bo] = [clone(shared), clone(shared)];
    edit.ana?.(ana);
    edit.bo?.(bo);
    const files = { ana: join(dir, 'ana.cbld'), bo: join(dir, 'bo.cbld'), out: join(dir, 'merged.cbld') };
    writeFileSync(files.ana, serialiseDesign(ana));
    writeFileSync(files.bo, serialiseDesign(bo));
    return { dir, shared, ana, bo, files };
  }

  it('merges copies that changed different things without a question and writes the result', async () => {
    const { files, shared } = team({
      ana: (d) => void d.outcomes.push(createOutcome({ id: 'lo-ana', statement: 'Map heat islands with residents' })),
      bo: (d) => {
        d.outcomes.push(createOutcome({ id: 'lo-bo', statement: 'Design a cooling route for a school' }));
        d.activities.reverse();
      },
    });
    const result = await cli('merge', files.ana, files.bo, '--out', files.out);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /^Merged 2 copies of “.+” \(three-way, from the version agreed on 2026-03-02\), no questions\./,
    );
    const merged = readDesignFile(files.out).design;
    expect(merged.outcomes.map((o) => o.id).slice(-2)).toEqual(['lo-ana', 'lo-bo']);
    expect(merged.activities.map((a) => a.id)).toEqual(shared.activities.map((a) => a.id).reverse());
    // The merged file is the new agreed version, descending from the shared one.
    expect(merged.lineage!.ancestors).toContain(shared.lineage!.base);
  });

  it('asks each real conflict plainly, exits 1 and writes nothing; --prefer, --keep-both and answers settle it', async () => {
    const { files } = team({
      ana: (d) => {
        d.summary = 'Ana’s summary: București, Αθήνα 🌡️';
        d.title = 'Heat, by Ana';
      },
      bo: (d) => {
        d.summary = 'Bo’s summary, with شكرا inside';
        d.title = 'Heat, by Bo';
      },
    });
    const asked = await cli('merge', files.ana, files.bo, '--out', files.out);
    expect(asked.code).toBe(1);
    expect(() => statSync(files.out)).toThrow();
    expect(asked.out).toContain('2 questions need an answer; nothing was written.');
    expect(asked.out).toContain('1. Overview › Title: changed differently');
    expect(asked.out).toContain('   id: title');
    expect(asked.out).toMatch(/\[1\] as in .*ana\.cbld: Heat, by Ana/);
    expect(asked.out).toMatch(/\[2\] as in .*bo\.cbld: Heat, by Bo/);
    expect(asked.out).toContain('Ana’s summary: București, Αθήνα 🌡️');
    expect(asked.out).toMatch(/\[3\] keep both texts:/);
    expect(asked.out).toMatch(/--prefer <file>/);

    // --keep-both answers both (titles and summaries are texts): the answers file overrides it for the title.
    const answers = join(files.out, '..', 'answers.json');
    writeFileSync(answers, JSON.stringify({ title: 2 }));
    const done = await cli('merge', files.ana, files.bo, '--out', files.out, '--keep-both', '--answers', answers);
    expect(done.code).toBe(0);
    expect(done.out).toContain('2 questions answered');
    const merged = readDesignFile(files.out).design;
    expect(merged.title).toBe('Heat, by Bo');
    expect(merged.summary).toContain('Ana’s summary: București, Αθήνα 🌡️');
    expect(merged.summary).toContain('Bo’s summary, with شكرا inside');

    const preferred = await cli('merge', files.ana, files.bo, '--out', files.out, '--prefer', files.bo, '--force');
    expect(preferred.code).toBe(0);
    expect(readDesignFile(files.out).design).toMatchObject({
      title: 'Heat, by Bo',
      summary: 'Bo’s summary, with شكرا inside',
    });
  });

  it('never overwrites without --force, and never a file that is not a design', async () => {
    const { files } = team({ bo: (d) => void (d.summary = 'Bo') });
    writeFileSync(files.out, 'my notes');
    const refused = await cli('merge', files.ana, files.bo, '--out', files.out);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/already exists: nothing was merged into it\. Add --force/);
    expect(readFileSync(files.out, 'utf8')).toBe('my notes');
    const forced = await cli('merge', files.ana, files.bo, '--out', files.out, '--force');
    expect(forced.code).toBe(2);
    expect(readFileSync(files.out, 'utf8')).toBe('my notes');
    writeFileSync(files.out, readFileSync(files.ana));
    expect((await cli('merge', files.ana, files.bo, '--out', files.out, '--force')).code).toBe(0);
    expect(readDesignFile(files.out).design.summary).toBe('Bo');
  });

  it('refuses malformed inputs, copies of different designs and wrong options with a sentence, exit 2', async () => {
    const { dir, files } = team();
    const broken = join(dir, 'broken.cbld');
    writeFileSync(broken, '{"schemaVersion": 3, "title": ');
    const malformed = await cli('merge', files.ana, broken, '--out', files.out);
    expect(malformed.code).toBe(2);
    expect(malformed.err).toMatch(/broken\.cbld/);
    expect(malformed.err).not.toMatch(/at .*\.ts:\d+/);

    const other = join(dir, 'campus.cbld');
    writeFileSync(other, serialiseDesign(loadExample('method')));
    const different = await cli('merge', files.ana, other, '--out', files.out);
    expect(different.code).toBe(2);
    expect(different.err).toMatch(/campus\.cbld is another design .* only copies of the same design merge/);

    expect((await cli('merge', files.ana, '--out', files.out)).code).toBe(2);
    expect((await cli('merge', files.ana, files.bo)).code).toBe(2);
    const wrongPrefer = await cli('merge', files.ana, files.bo, '--out', files.out, '--prefer', 'nobody.cbld');
    expect(wrongPrefer.code).toBe(2);
    expect(wrongPrefer.err).toMatch(/--prefer nobody\.cbld is not one of the files to merge/);
    const badAnswers = join(dir, 'answers.json');
    writeFileSync(badAnswers, '{"title": "Bo"}');
    const wrongAnswers = await cli('merge', files.ana, files.bo, '--out', files.out, '--answers', badAnswers);
    expect(wrongAnswers.code).toBe(2);
    expect(wrongAnswers.err).toMatch(/give the number of a choice as printed/);
    expect(() => statSync(files.out)).toThrow();
  });

  it('merges format 2 files two ways: every differing field is a question, added items are kept', async () => {
    const dir = tempDir();
    const raw = asFormat2(loadExample('theme')) as ReturnType<typeof asFormat2> & { outcomes: { id: string }[] };
    expect([raw.schemaVersion, raw.lineage]).toEqual([2, undefined]);
    const bo = createOutcome({ id: 'lo-bo', statement: 'Design a cooling route for a school', bloom: 'create' });
    const [ana, boFile, out] = [join(dir, 'ana.cbld'), join(dir, 'bo.cbld'), join(dir, 'merged.cbld')];
    writeFileSync(ana, JSON.stringify({ ...raw, title: 'Heat, by Ana', summary: 'Ana wrote this' }));
    writeFileSync(boFile, JSON.stringify({ ...raw, title: 'Heat, by Bo', outcomes: [...raw.outcomes, bo] }));
    const asked = await cli('merge', ana, boFile, '--out', out);
    expect(asked.code).toBe(1);
    expect(asked.out).toMatch(/two-way: a file has no agreed version/);
    // Two questions where a three-way merge would ask one: the summary only Ana changed is asked too.
    expect(asked.out).toContain('2 questions need an answer');
    expect(asked.out).toContain('Overview › Title');
    expect(asked.out).toContain('Overview › Summary');
    const done = await cli('merge', ana, boFile, '--out', out, '--prefer', ana);
    expect(done.code).toBe(0);
    const merged = readDesignFile(out).design;
    expect(merged).toMatchObject({ title: 'Heat, by Ana', summary: 'Ana wrote this' });
    expect(merged.outcomes.at(-1)!.id).toBe('lo-bo');
    expect(merged.lineage).not.toBeNull();
  });
});
