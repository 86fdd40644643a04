import { describe, expect, it } from 'vitest';
import { capitalise } from '../../../renderer/i18n';

describe('capitalise', () => {
  it('upper-cases the first letter only, in the given language', () => {
    expect(capitalise('changes requested', 'en')).toBe('Changes requested');
    expect(capitalise('înțelegere', 'ro')).toBe('Înțelegere');
    expect(capitalise('ελληνικά', 'el')).toBe('Ελληνικά');
    expect(capitalise('istanbul', 'tr')).toBe('İstanbul');
  });

  it('leaves empty text, emoji and capitals as they are', () => {
    expect(capitalise('', 'en')).toBe('');
    expect(capitalise('🌍 global', 'en')).toBe('🌍 global');
    expect(capitalise('EQF level 7', 'en')).toBe('EQF level 7');
  });
});
