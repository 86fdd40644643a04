import { describe, expect, it } from 'vitest';
import { allCaps } from '../../../shared/i18n';

describe('allCaps', () => {
  it('writes Greek capitals without the tonos, keeping the diaeresis', () => {
    expect(allCaps('Πρόταση έγκρισης μικροδιαπιστευτηρίου', 'el')).toBe('ΠΡΟΤΑΣΗ ΕΓΚΡΙΣΗΣ ΜΙΚΡΟΔΙΑΠΙΣΤΕΥΤΗΡΙΟΥ');
    // The tonos on ά marks that α and υ are not a diphthong: in capitals the diaeresis says it.
    expect(allCaps('άυλος', 'el')).toBe('ΑΫΛΟΣ');
    expect(allCaps('Ευρωπαϊκό', 'el-GR')).toBe('ΕΥΡΩΠΑΪΚΟ');
  });

  it('uses each language’s own mapping, and the neutral one for a tag that is not valid', () => {
    expect(allCaps('istanbul', 'tr')).toBe('İSTANBUL');
    expect(allCaps('Straße', 'de')).toBe('STRASSE');
    expect(allCaps('proposition d’approbation', 'fr')).toBe('PROPOSITION D’APPROBATION');
    expect(allCaps('approval', 'not a tag!')).toBe('APPROVAL');
  });
});
