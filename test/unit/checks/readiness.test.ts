import { describe, expect, it } from 'vitest';
import { CHECKS, runChecks } from '../../../shared/checks';
import { APPLIES_WHEN } from '../../../shared/checks/applicability';
import { INTERPRETATIONS, createDesign, createOutcome } from '../../../shared/model';
import { checkContext } from '../../helpers/catalog';
import { loadExample } from '../../helpers/designs';

describe('readiness', () => {
  it.each(INTERPRETATIONS)(
    'of an empty %s design is 0 %%: checks with nothing to look at do not count as passed',
    (reading) => {
      const report = runChecks(createDesign({ interpretation: reading }), checkContext());
      expect(report.readiness.score).toBe(0);
      expect(report.readiness.passedChecks).toBe(0);
    },
  );

  it('grows as the design fills in, and reaches 100 for the examples', () => {
    const empty = createDesign({ interpretation: 'theme' });
    const started = createDesign({ interpretation: 'theme' });
    started.challenge.statement = 'Design with residents three measures that cool their streets by 2027.';
    started.outcomes.push(createOutcome({ statement: 'Analyse heat data of two districts', bloom: 'analyse' }));
    const scores = [empty, started, loadExample('theme')].map((d) => runChecks(d, checkContext()).readiness.score);
    expect(scores[0]).toBeLessThan(scores[1]!);
    expect(scores[2]).toBe(100);
  });

  it('names only checks that exist', () => {
    const codes = new Set(CHECKS.map((check) => check.code));
    expect(Object.keys(APPLIES_WHEN).filter((code) => !codes.has(code))).toEqual([]);
  });
});
