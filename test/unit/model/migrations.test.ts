import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createOffering,
  migrateToCurrent,
  parseDesignText,
  SCHEMA_VERSION,
  v2ToV3,
  v2ToV3Lineage,
} from '../../../shared/model';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/designs', name), 'utf8');

describe('schema migrations', () => {
  it('migrates the v0 prototype format to the current version', () => {
    const result = parseDesignText(fixture('v0-prototype.cbld'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(0);
    expect(result.design.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.design.interpretation).toBe('partnership');
    expect(result.design.outcomes.map((o) => o.id)).toEqual(['lo-1']);
    expect(result.design.credential).toMatchObject({ ects: 3, eqfLevel: 6 });
    expect(result.design.review.decision.status).toBe('draft');
  });

  it('turns the v0 fixture into exactly the v1 fixture', () => {
    const migrated = parseDesignText(fixture('v0-prototype.cbld'));
    const current = parseDesignText(fixture('v1-sample.cbld'));
    expect(migrated.ok && current.ok).toBe(true);
    if (migrated.ok && current.ok) expect(migrated.design).toEqual(current.design);
  });

  it('migrates a v1 file to v2 with an empty offering and pass rule, guessing nothing', () => {
    const result = parseDesignText(fixture('v1-sample.cbld'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(1);
    expect(result.design.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.design.offering).toEqual(createOffering());
    expect(result.design.credential.passRule).toBe('');
    // Everything the v1 file said is still there.
    const v1 = JSON.parse(fixture('v1-sample.cbld')) as { credential: Record<string, unknown>; title: string };
    expect(result.design.title).toBe(v1.title);
    expect(result.design.credential).toMatchObject(v1.credential);
  });

  it('keeps an offering a v1 file already carries (written by a newer build and opened here)', () => {
    const v1 = JSON.parse(fixture('v1-sample.cbld')) as Record<string, unknown>;
    const offering = {
      languagesOfInstruction: ['ro'],
      startDate: null,
      endDate: null,
      location: 'București',
      teachers: [],
      contact: '',
    };
    const result = migrateToCurrent({ ...v1, offering });
    expect(result.kind).toBe('migrated');
    if (result.kind === 'migrated') expect(result.value['offering']).toMatchObject(offering);
  });

  it('v2 → v3: a file from before lineage has no known starting point (it merges two ways)', () => {
    const v2 = { ...JSON.parse(fixture('v1-sample.cbld')), schemaVersion: 2, offering: { location: 'Wien' } };
    const v3 = v2ToV3Lineage(v2);
    expect(v3).toEqual({ ...v2, schemaVersion: 3, lineage: null });
    expect(v2).not.toHaveProperty('lineage'); // pure: the input is not changed
  });

  it('v2 → v3 keeps a lineage a v2 file already carries and never throws on odd shapes', () => {
    const lineage = { base: 'sha256-x', agreedAt: '2026-03-01T10:00:00.000Z', snapshot: '', ancestors: [] };
    expect(v2ToV3Lineage({ schemaVersion: 2, lineage })['lineage']).toBe(lineage);
    expect(v2ToV3Lineage({ schemaVersion: 2, lineage: 'odd' })['lineage']).toBe('odd'); // the schema reports it
    expect(v2ToV3Lineage({})).toEqual({ schemaVersion: 3, lineage: null });
  });

  it('v2 → v3 is one step: the credential fields (issue 19) and the lineage (issue 20)', () => {
    const v2 = { schemaVersion: 2, credential: { title: 'T' }, outcomes: [{ id: 'o1' }], offering: {} };
    expect(v2ToV3(v2)).toEqual({
      schemaVersion: 3,
      credential: { title: 'T', subjectAreas: [], learningSetting: null },
      outcomes: [{ id: 'o1', escoUri: '' }],
      offering: { locationCountry: '', homepage: '' },
      lineage: null,
    });
  });

  it('reads every example as a current design without lineage', () => {
    const result = parseDesignText(
      readFileSync(join(import.meta.dirname, '../../../templates/examples/theme-urban-heat.cbld'), 'utf8'),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.design).toMatchObject({ schemaVersion: SCHEMA_VERSION, lineage: null });
  });

  it('does not throw on odd v1 shapes; the schema reports what is wrong', () => {
    const result = parseDesignText(JSON.stringify({ schemaVersion: 1, credential: 'none' }));
    expect(result.ok).toBe(false);
  });

  it('leaves a current file as it is', () => {
    const current = { ...JSON.parse(fixture('v1-sample.cbld')), schemaVersion: SCHEMA_VERSION };
    expect(migrateToCurrent(current).kind).toBe('current');
  });

  it('refuses files from a newer version and says so', () => {
    expect(migrateToCurrent({ schemaVersion: SCHEMA_VERSION + 1 })).toEqual({
      kind: 'newer',
      version: SCHEMA_VERSION + 1,
    });
    const result = parseDesignText(JSON.stringify({ schemaVersion: 7, title: 'From the future' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/made by a newer version of Challenge Designer/);
  });

  it.each([[{}], [{ schemaVersion: 'one' }], [{ schemaVersion: 1.5 }], [{ schemaVersion: -1 }]])(
    'treats %j as not a design file',
    (input) => expect(migrateToCurrent(input).kind).toBe('unversioned'),
  );
});
