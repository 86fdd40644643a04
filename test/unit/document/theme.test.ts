import { describe, expect, it } from 'vitest';
import { badgeColours, contrastRatio, PALETTE, tint } from '../../../shared/document/theme';
import { catalog } from '../../helpers/catalog';

describe('the one palette of the documents', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('000000', 'FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('FFFFFF', 'FFFFFF')).toBeCloseTo(1, 5);
    expect(tint('000000', 1)).toBe('FFFFFF');
  });

  it('sets every SDG badge at 4.5:1 or more and keeps the official colour as its border', () => {
    const goals = catalog().sdg.goals;
    expect(goals).toHaveLength(17);
    // White on the official colours, as the documents printed them before: below 4.5:1 for most goals.
    expect(goals.filter((g) => contrastRatio('FFFFFF', g.colour.slice(1)) < 4.5).length).toBeGreaterThanOrEqual(10);
    for (const goal of goals) {
      const colours = badgeColours(goal.colour.slice(1));
      expect(contrastRatio(colours.text, colours.fill), `SDG ${goal.goal}`).toBeGreaterThanOrEqual(4.5);
      expect(colours.border).toBe(goal.colour.slice(1));
    }
  });

  it('keeps text tones readable on white and on every fill they sit on', () => {
    const backgrounds = ['FFFFFF', PALETTE.headerFill, PALETTE.labelFill, PALETTE.gapFill, PALETTE.linkFill];
    for (const [tone, colour] of Object.entries({ ...PALETTE.tones, ink: PALETTE.ink, brand: PALETTE.brand }))
      for (const background of backgrounds)
        expect(contrastRatio(colour, background), `${tone} on ${background}`).toBeGreaterThanOrEqual(4.5);
    for (const note of Object.values(PALETTE.notes))
      expect(contrastRatio(PALETTE.ink, note.fill)).toBeGreaterThanOrEqual(4.5);
  });
});
