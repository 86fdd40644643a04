import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { serialiseDesign } from '../../../main/services/files/design-file';
import { Library } from '../../../main/services/library/library';
import { clone, exampleFiles, loadDesign } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'designs');

describe('challenge-designer CLI', () => {
  const tempDir = useTempDirs();

  describe('check', () => {
    it('passes the three example designs with exit 0 and says so', async () => {
      const result = await cli('check', ...exampleFiles());
      expect(result.code).toBe(0);
      expect(result.out.match(/0 errors, 0 warnings, 0 advice; readiness 100%/g)).toHaveLength(3);
    });

    it('prints findings grouped by severity with the item path, and exits 1 when there are errors', async () => {
      const result = await cli('check', join(FIXTURES, 'v0-prototype.cbld'));
      expect(result.code).toBe(1);
      const lines = result.out.split('\n');
      const errorsAt = lines.indexOf('  Errors:');
      const warningsAt = lines.indexOf('  Warnings:');
      expect(errorsAt).toBeGreaterThan(0);
      expect(warningsAt).toBeGreaterThan(errorsAt);
      expect(lines[errorsAt + 1]).toMatch(
        /^ {4}credential\.countries: EU micro-credential element 3, .*\[eu\.missing-element\]$/,
      );
      expect(result.out).toMatch(/journey: The journey and assessments add up to 3 h, but 3 ECTS means 75-90 h/);
    });

    it('gives machine-readable results with --json', async () => {
      const [example] = exampleFiles();
      const result = await cli('check', '--json', example!, join(FIXTURES, 'v0-prototype.cbld'));
      const parsed = JSON.parse(result.out) as {
        file: string;
        ok: boolean;
        counts: Record<string, number>;
        readiness: { score: number };
        findings: { code: string; path: string; message: string }[];
      }[];
      expect(parsed.map((r) => r.ok)).toEqual([true, true]);
      expect(parsed[0]!.counts).toEqual({ error: 0, warning: 0, advice: 0 });
      expect(parsed[1]!.findings).toContainEqual(
        expect.objectContaining({ code: 'challenge.statement-missing', path: 'challenge.statement' }),
      );
      expect(parsed[1]!.readiness.score).toBeLessThan(100);
      expect(result.code).toBe(1);
    });

    it('exits 2 when a file cannot be read, and still checks the others', async () => {
      const broken = join(tempDir(), 'broken.cbld');
      writeFileSync(broken, '{"schemaVersion": 1, "title": ');
      const result = await cli('check', broken, exampleFiles()[0]!);
      expect(result.code).toBe(2);
      expect(result.out).toMatch(/broken\.cbld: cannot be read: .*truncated/);
      expect(result.out).toMatch(/readiness 100%/);
    });

    it('names the outcome that is not assessed', async () => {
      const design = clone(loadDesign(exampleFiles()[0]!));
      const outcome = design.outcomes[0]!;
      for (const assessment of design.assessments)
        assessment.outcomeIds = assessment.outcomeIds.filter((id) => id !== outcome.id);
      const file = join(tempDir(), 'unassessed.cbld');
      writeFileSync(file, serialiseDesign(design));
      const result = await cli('check', file);
      expect(result.code).toBe(1);
      expect(result.out).toContain(`outcomes[${outcome.id}]`);
      expect(result.out).toContain(outcome.statement.slice(0, 30));
    });
  });

  describe('validate', () => {
    it('reports valid files, old formats as readable, and problems with exit 1', async () => {
      const invalid = join(tempDir(), 'invalid.cbld');
      writeFileSync(invalid, JSON.stringify({ schemaVersion: 1, title: 42 }));
      const result = await cli(
        'validate',
        join(FIXTURES, 'v1-sample.cbld'),
        join(FIXTURES, 'v0-prototype.cbld'),
        invalid,
      );
      expect(result.out).toMatch(/v1-sample\.cbld: valid \(format 1, readable\)/);
      expect(result.out).toMatch(/v0-prototype\.cbld: valid \(format 0, readable\)/);
      expect(result.out).toMatch(/invalid\.cbld: .*title/);
      expect(result.code).toBe(1);
    });
  });

  describe('library commands', () => {
    it('imports, lists and searches designs in a given library folder', async () => {
      const library = tempDir();
      const imported = await cli('import', '--library', library, ...exampleFiles());
      expect(imported.code).toBe(0);
      expect(imported.out.match(/: imported "/g)).toHaveLength(3);

      const again = await cli('import', '--library', library, exampleFiles()[0]!);
      expect(again.out).toMatch(/: already in the library, unchanged: "/);
      expect(again.code).toBe(0);

      const list = await cli('list', '--library', library);
      expect(list.out.split('\n')).toHaveLength(3);
      expect(list.out).toContain('Inclusive Mobility Lab');

      const search = await cli('search', '--library', library, 'mobility');
      expect(search.out).toContain('Inclusive Mobility Lab');
      expect(search.out).not.toContain('Urban Heat');
    });

    it('refuses to replace a newer library version, says what differs and how to choose', async () => {
      const library = tempDir();
      const original = loadDesign(exampleFiles()[0]!);
      const sent = join(tempDir(), 'sent.cbld');
      writeFileSync(sent, serialiseDesign(original));
      await cli('import', '--library', library, sent);
      // The author works on: a newer version goes into the library.
      const newer = clone(original);
      newer.outcomes[0]!.statement = 'Analyse the heat data of two districts';
      newer.credential.participationForm = 'online';
      const newerFile = join(tempDir(), 'newer.cbld');
      writeFileSync(newerFile, serialiseDesign(newer));
      expect((await cli('import', '--library', library, '--replace', newerFile)).code).toBe(0);
      // The reviewer's copy of the original comes back with a decision.
      const returned = clone(original);
      returned.review.decision = { status: 'approved', reviewer: 'Dr R', date: '2026-04-01T10:00:00.000Z', note: '' };
      const returnedFile = join(tempDir(), 'returned.cbld');
      writeFileSync(returnedFile, serialiseDesign(returned));

      const refused = await cli('import', '--library', library, returnedFile);
      expect(refused.code).toBe(1);
      expect(refused.out).toContain(`not imported: the library already has "${original.title}"`);
      expect(refused.out).toMatch(/differs in 3 places/);
      expect(refused.out).toMatch(/Form of participation: online → blended/);
      expect(refused.out).toMatch(/Decision: draft → approved/);
      for (const flag of ['--as-copy', '--replace', '--take-review']) expect(refused.out).toContain(flag);

      const merged = await cli('import', '--library', library, '--take-review', returnedFile);
      expect(merged.code).toBe(0);
      expect(merged.out).toMatch(/kept the library version and took in the review of/);
      const kept = Library.open(library);
      const current = kept.get(original.id);
      kept.close();
      expect(current.outcomes[0]!.statement).toBe('Analyse the heat data of two districts');
      expect(current.review.decision.status).toBe('approved');

      const copied = await cli('import', '--library', library, '--as-copy', returnedFile);
      expect(copied.out).toMatch(/imported as a separate copy/);
      expect((await cli('list', '--library', library)).out.split('\n')).toHaveLength(2);

      const both = await cli('import', '--library', library, '--as-copy', '--replace', returnedFile);
      expect(both.code).not.toBe(0);
      expect(both.err).toMatch(/cannot be used with/);
    });

    it('says how to fill an empty library', async () => {
      const result = await cli('list', '--library', tempDir());
      expect(result.out).toMatch(/library is empty/);
    });
  });
});
