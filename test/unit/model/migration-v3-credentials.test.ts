import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesignText, v2ToV3Credentials } from '../../../shared/model';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/designs', name), 'utf8');

describe('schema migration v2 → v3 (what machine-readable credentials need)', () => {
  const v2 = {
    schemaVersion: 2,
    credential: { ects: 3, eqfLevel: 6 },
    offering: { location: 'Marseille', languagesOfInstruction: ['fr'] },
    competences: [
      { id: 'c-1', source: { kind: 'framework', framework: 'greencomp', ref: 'greencomp.2.1' } },
      { id: 'c-2', source: { kind: 'custom', title: 'Listening', description: '', escoUri: '' } },
    ],
    outcomes: [{ id: 'lo-1', statement: 'Analyse …' }],
  };

  it('adds the new fields empty and keeps everything else', () => {
    const v3 = v2ToV3Credentials(v2);
    expect(v3['schemaVersion']).toBe(3);
    expect(v3['credential']).toEqual({ ects: 3, eqfLevel: 6, subjectAreas: [], learningSetting: null });
    expect(v3['offering']).toEqual({
      location: 'Marseille',
      languagesOfInstruction: ['fr'],
      locationCountry: '',
      homepage: '',
    });
    expect(v3['competences']).toEqual([
      { id: 'c-1', source: { kind: 'framework', framework: 'greencomp', ref: 'greencomp.2.1', escoUri: '' } },
      v2.competences[1],
    ]);
    expect(v3['outcomes']).toEqual([{ id: 'lo-1', statement: 'Analyse …', escoUri: '' }]);
  });

  it('is pure: the input is not changed', () => {
    const before = structuredClone(v2);
    v2ToV3Credentials(v2);
    expect(v2).toEqual(before);
  });

  it('keeps values a v2 file already carries (written by a newer build) and guesses nothing', () => {
    const v3 = v2ToV3Credentials({
      ...v2,
      credential: { subjectAreas: ['0521'], learningSetting: 'formal' },
      offering: { homepage: 'https://example.org', locationCountry: 'FR' },
      outcomes: [{ id: 'lo-1', escoUri: 'http://data.europa.eu/esco/skill/ccdf3597-5c80-410f-896d-e1bdfa223de9' }],
    });
    expect(v3['credential']).toEqual({ subjectAreas: ['0521'], learningSetting: 'formal' });
    expect(v3['offering']).toEqual({ homepage: 'https://example.org', locationCountry: 'FR' });
    expect((v3['outcomes'] as { escoUri: string }[])[0]!.escoUri).toMatch(/ccdf3597/);
  });

  it('does not throw on odd shapes, and adds no section the file lacked', () => {
    const odd = v2ToV3Credentials({ schemaVersion: 2, credential: 'none', outcomes: [1, null, 'x'], competences: {} });
    expect(odd).toEqual({ schemaVersion: 3, credential: 'none', outcomes: [1, null, 'x'], competences: {} });
    expect(v2ToV3Credentials({ schemaVersion: 2 })).toEqual({ schemaVersion: 3 });
  });

  it('opens a v1 file and a v2 file as valid current designs with the new fields empty', () => {
    const v1 = parseDesignText(fixture('v1-sample.cbld'));
    expect(v1.ok).toBe(true);
    const v2File = JSON.parse(fixture('v1-sample.cbld')) as Record<string, unknown>;
    const fromV2 = parseDesignText(
      JSON.stringify({
        ...v2File,
        schemaVersion: 2,
        credential: { ...(v2File['credential'] as object), passRule: '' },
        offering: {
          languagesOfInstruction: [],
          startDate: null,
          endDate: null,
          location: '',
          teachers: [],
          contact: '',
        },
      }),
    );
    for (const result of [v1, fromV2]) {
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.design.credential.subjectAreas).toEqual([]);
      expect(result.design.credential.learningSetting).toBeNull();
      expect(result.design.offering.homepage).toBe('');
      expect(result.design.outcomes.every((o) => o.escoUri === '')).toBe(true);
      expect(result.design.competences.every((c) => c.source.kind === 'custom' || c.source.escoUri === '')).toBe(true);
    }
    if (fromV2.ok) expect(fromV2.fromVersion).toBe(2);
  });
});
