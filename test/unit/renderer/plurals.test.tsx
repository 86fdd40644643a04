// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { initI18n, severityCounts } from '../../../renderer/i18n';
import { ChecksPanel } from '../../../renderer/screens/design/ChecksPanel';
import { createDesign } from '../../../shared/model';
import { renderStep } from '../../helpers/render-step';

describe('counts in words', () => {
  it('uses the plural each number needs: "0 errors, 1 warning"', () => {
    initI18n('en');
    const t = i18next.t.bind(i18next);
    expect(severityCounts(t, { error: 0, warning: 1, advice: 2 })).toBe('0 errors, 1 warning, 2 pieces of advice');
    expect(severityCounts(t, { error: 1, warning: 0, advice: 1 })).toBe('1 error, 0 warnings, 1 piece of advice');
    expect(severityCounts(t, { error: 2, warning: 3 })).toBe('2 errors, 3 warnings');
  });

  it('the checks panel of an empty design reads 0 %, with correct plurals', () => {
    renderStep(<ChecksPanel />, createDesign({ interpretation: 'theme' }));
    expect(screen.getByText('Readiness 0 %')).toBeTruthy();
    const counts = document.querySelector('.checks-panel .readiness .muted')!.textContent!;
    expect(counts).toMatch(/^\d+ errors?, \d+ warnings?, \d+ pieces? of advice$/);
    expect(counts).not.toMatch(/\b1 (errors|warnings)\b|\b([02-9]|\d\d) (error|warning)\b(?!s)/);
  });
});
