import { describe, expect, it } from 'vitest';
import { designFileName } from '../../../shared/document';

describe('designFileName', () => {
  it('keeps the title readable: a colon becomes one space, never two', () => {
    expect(designFileName({ title: 'Urban Heat: Challenge Sector 3' })).toBe('Urban Heat Challenge Sector 3.cbld');
    expect(designFileName({ title: 'A / B \\ C? "D" <E> | F*' })).toBe('A B C D E F.cbld');
  });

  it('keeps Greek, Romanian and emoji, and drops what file systems refuse', () => {
    expect(designFileName({ title: 'Θερμότητα στην πόλη — București ș ț 🌡️' })).toBe(
      'Θερμότητα στην πόλη — București ș ț 🌡️.cbld',
    );
    expect(designFileName({ title: 'Line\nbreak\ttab\u0007bell' })).toBe('Line break tab bell.cbld');
    expect(designFileName({ title: 'Ends with dots...  ' })).toBe('Ends with dots.cbld');
  });

  it('never gives an empty or reserved name, and cuts long titles between characters', () => {
    expect(designFileName({ title: '' })).toBe('design.cbld');
    expect(designFileName({ title: ':::' })).toBe('design.cbld');
    expect(designFileName({ title: 'CON' })).toBe('CON design.cbld');
    expect(designFileName({ title: `${'a'.repeat(79)}👩‍🔬 and more` })).toBe(`${'a'.repeat(79)}👩‍🔬.cbld`);
  });
});
