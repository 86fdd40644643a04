import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { startEditing } from '../../state/actions';
import { rememberReviewerName, useAppStore } from '../../state/app-store';

/** Says the design is open for review (read-only), asks who reviews, and offers the way to edit. */
export function ReviewBanner() {
  const { t } = useTranslation();
  const name = useAppStore((s) => s.reviewerName);
  const id = useId();
  return (
    <div className="review-banner" role="region" aria-label={t('review.banner')}>
      <p>
        <strong>{t('review.banner')}</strong> {t('review.bannerHelp')}
      </p>
      <label htmlFor={id}>{t('review.yourName')}</label>
      <input id={id} value={name} maxLength={200} onChange={(e) => rememberReviewerName(e.target.value)} />
      <button type="button" className="button" onClick={startEditing}>
        {t('review.edit')}
      </button>
    </div>
  );
}
