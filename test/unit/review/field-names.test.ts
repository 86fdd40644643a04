import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n';
import { changeFieldLabel } from '../../../shared/review';

describe('compared fields are named once', () => {
  it.each(['en', 'de', 'el', 'es', 'fr', 'it', 'ro', 'sv'])(
    '%s: an outcome’s and a competence’s ESCO skill have one name',
    (language) => {
      const t = createTranslator(language);
      expect(changeFieldLabel(t, 'source.escoUri')).toBe(changeFieldLabel(t, 'escoUri'));
      expect(changeFieldLabel(t, 'escoUri')).toMatch(/ESCO/);
    },
  );
});
