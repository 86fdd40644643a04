import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISION_STATUSES, type DecisionStatus } from '../../../shared/model';
import { recordDecision } from '../../state/actions';
import { useAppStore } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';
import { capitalise } from '../../i18n';

/** Authors submit; reviewers request changes or approve. The decision travels in the file. */
const STATUSES_FOR = {
  author: ['draft', 'submitted'],
  review: DECISION_STATUSES,
} as const satisfies Record<'author' | 'review', readonly DecisionStatus[]>;

export function DecisionPanel() {
  const { t, i18n } = useTranslation();
  const decision = useDesignStore((s) => s.design!.review.decision);
  const comments = useDesignStore((s) => s.design!.review.comments);
  const mode = useAppStore((s) => s.mode);
  const [status, setStatus] = useState<DecisionStatus>(decision.status);
  const [note, setNote] = useState('');
  const statusId = useId();
  const noteId = useId();
  const open = comments.filter((c) => !c.resolved).length;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  return (
    <section className="decision-panel" aria-labelledby="decision-heading">
      <h3 id="decision-heading">{t('review.decision')}</h3>
      <p>
        <strong>{capitalise(t(`enums.decision.${decision.status}`))}</strong>
        {decision.reviewer && ` · ${decision.reviewer}`}
        {decision.date && ` · ${date.format(new Date(decision.date))}`}
        {decision.note && ` — ${decision.note}`}
      </p>
      <p className="muted">{t('review.commentCounts', { count: comments.length, open })}</p>
      <form
        className="decision-form"
        onSubmit={(event) => {
          event.preventDefault();
          recordDecision(status, note);
          setNote('');
        }}
      >
        <div className="field-row">
          <div className="field">
            <label htmlFor={statusId}>{t('review.newStatus')}</label>
            <select id={statusId} value={status} onChange={(e) => setStatus(e.target.value as DecisionStatus)}>
              {STATUSES_FOR[mode].map((value) => (
                <option key={value} value={value}>
                  {capitalise(t(`enums.decision.${value}`))}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={noteId}>{t('review.decisionNote')}</label>
          <textarea id={noteId} rows={2} maxLength={20_000} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <button type="submit" className="button button-primary">
          {t('review.record')}
        </button>
      </form>
    </section>
  );
}
