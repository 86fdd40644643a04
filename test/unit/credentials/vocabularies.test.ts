import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vocabularies as regenerated } from '../../../scripts/write-elm-vocabularies';
import { durationHours, hoursDuration } from '../../../shared/credentials/elm';
import { elmId, parseElmId } from '../../../shared/credentials/elm-ids';
import { languageVariants, languageMap } from '../../../shared/credentials/variants';
import {
  ElmVocabularies,
  countryAlpha2,
  countryCode,
  languageCode,
  languageTag,
  snbScheme,
} from '../../../shared/credentials/vocabularies';
import { loadExample } from '../../helpers/designs';

const file = join(import.meta.dirname, '../../../templates/elm/vocabularies.json');
const vocabularies = ElmVocabularies.parse(JSON.parse(readFileSync(file, 'utf8')));

describe('Europass vocabularies', () => {
  it('are what scripts/write-elm-vocabularies.ts makes from the copied code lists', () => {
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(regenerated)));
  });

  it('hold the ISCED-F fields, the EQF levels and ECTS', () => {
    expect(vocabularies.iscedF['0588']).toMatch(/^Inter-disciplinary programmes .* natural sciences/);
    expect(vocabularies.iscedF['05']).toBe('Natural sciences, mathematics and statistics');
    expect(vocabularies.eqf[5]).toBe('http://data.europa.eu/snb/eqf/6');
    expect(vocabularies.ects.uri).toBe('http://data.europa.eu/snb/education-credit/6fcec5c5af');
    expect(snbScheme(vocabularies.learningSetting.formal.uri)).toBe(
      'http://data.europa.eu/snb/learning-setting/25831c2',
    );
  });

  it('name every language of the users and every EHEA country, one to one', () => {
    for (const [tag, code] of Object.entries({
      en: 'ENG',
      fr: 'FRA',
      de: 'DEU',
      el: 'ELL',
      es: 'SPA',
      it: 'ITA',
      ro: 'RON',
      sv: 'SWE',
    })) {
      expect(languageCode(vocabularies, tag)).toBe(code);
      expect(languageTag(vocabularies, `http://publications.europa.eu/resource/authority/language/${code}`)).toBe(tag);
    }
    expect(languageCode(vocabularies, 'pt-BR')).toBe('POR');
    for (const alpha2 of [
      'AT',
      'BE',
      'CH',
      'DE',
      'ES',
      'FR',
      'GB',
      'GR',
      'IE',
      'IT',
      'NO',
      'RO',
      'SE',
      'TR',
      'UA',
      'XK',
      'EU',
    ]) {
      const code = countryCode(vocabularies, alpha2);
      expect(code, alpha2).toMatch(/^[A-Z0-9]{3}$/);
      expect(countryAlpha2(vocabularies, code!)).toBe(alpha2);
    }
    const codes = Object.values(vocabularies.countries);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('ELM building blocks', () => {
  it.each([
    [12, 'PT12H'],
    [12.5, 'PT12H30M'],
    [0.25, 'PT0H15M'],
    [150, 'PT150H'],
  ])('%s hours is %s, and back', (hours, duration) => {
    expect(hoursDuration(hours)).toBe(duration);
    expect(durationHours(duration)).toBe(hours);
  });

  it.each(['P1M', 'P60M', 'PT', 'P', '12H', ''])('does not read "%s" as hours', (duration) => {
    expect(durationHours(duration)).toBeUndefined();
  });

  it('reads node ids back to the design item they come from', () => {
    expect(parseElmId(elmId('org', 'd-1', 'ab-amu'))).toEqual({ kind: 'org', designId: 'd-1', itemId: 'ab-amu' });
    expect(parseElmId(elmId('location', 'd-1', 'org:ab-1'))).toEqual({
      kind: 'location',
      designId: 'd-1',
      itemId: 'org:ab-1',
    });
    expect(parseElmId('urn:epass:org:1')).toEqual({ kind: 'org', designId: '1' });
    expect(parseElmId('http://data.europa.eu/snb/eqf/6')).toBeUndefined();
  });

  it('builds language maps from the variants that have the text', () => {
    const design = loadExample('theme');
    const [own] = languageVariants(design);
    expect(
      languageMap([own!, { ...own!, language: 'fr', title: 'Chaleur urbaine et santé', summary: ' ' }], (v) => v.title),
    ).toEqual({
      en: design.title,
      fr: 'Chaleur urbaine et santé',
    });
    expect(languageMap([{ ...own!, summary: '' }], (v) => v.summary)).toBeUndefined();
  });
});
