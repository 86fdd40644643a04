import { describe, expect, it } from 'vitest';
import { formatNumberInput, readNumber } from '../../../shared/i18n';

describe('readNumber: numbers as people type them', () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['  7 ', 7],
    ['0,125', 0.125],
    [',5', 0.5],
    ['2,', 2],
    ['1 500', 1500],
    ['1\u00a0500,5', 1500.5], // no-break space (French, Swedish)
    ['1\u202f500', 1500], // narrow no-break space (French since 2019)
    ['1’500', 1500], // Swiss
    ['1.500,5', 1500.5],
    ['1,500.5', 1500.5],
    ['1.234.567', 1234567],
    ['1,234,567.89', 1234567.89],
    ['1000,5', 1000.5],
    ['−3', -3], // the minus sign U+2212, as word processors write it
    ['-3', -3],
  ])('reads %j as %d', (text, value) => expect(readNumber(text)).toEqual({ ok: true, value }));

  it('reads an empty field as "no value"', () => {
    expect(readNumber('')).toEqual({ ok: true, value: null });
    expect(readNumber(' \u00a0')).toEqual({ ok: true, value: null });
  });

  it.each(['1,500', '1.500', '100,000', '12.345'])('refuses %j as ambiguous: thousands or decimals?', (text) =>
    expect(readNumber(text)).toEqual({ ok: false, problem: 'ambiguous' }),
  );

  it.each(['abc', '2.5.3', '12,5.3', '1 50', '1e3', '+5', '.', '2,5 h', '1 500 000,5.5', '٣'])(
    'refuses %j as unreadable',
    (text) => expect(readNumber(text)).toEqual({ ok: false, problem: 'unreadable' }),
  );
});

describe('formatNumberInput', () => {
  it('writes a number as the language does, without grouping', () => {
    expect(formatNumberInput(2.5, 'en')).toBe('2.5');
    expect(formatNumberInput(2.5, 'fr')).toBe('2,5');
    expect(formatNumberInput(1500, 'de')).toBe('1500');
    expect(formatNumberInput(null, 'en')).toBe('');
  });

  it('round-trips through readNumber in every language the app has', () => {
    for (const language of ['en', 'fr', 'de', 'el', 'es', 'it', 'ro', 'sv'])
      for (const value of [0, 2.5, 0.125, 1.125, 1500, 120])
        expect(readNumber(formatNumberInput(value, language)), `${language} ${value}`).toEqual({ ok: true, value });
  });
});
