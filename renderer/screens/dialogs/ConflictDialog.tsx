import { useTranslation } from 'react-i18next';
import type { ImportResolution } from '../../../shared/api';
import { compareDesigns } from '../../../shared/review';
import { ChangeList } from '../../components/ChangeList';
import { Dialog } from '../../components/Dialog';
import { capitalise } from '../../i18n';
import { resolveConflict } from '../../state/actions';
import { useAppStore } from '../../state/app-store';

/**
 * A file whose design the library already has, with other content: what differs, and three ways
 * on. Nothing is replaced until the person chooses.
 */
export function ConflictDialog() {
  const { t, i18n } = useTranslation();
  const conflict = useAppStore((s) => s.conflict);
  if (!conflict) return null;
  const { incoming, current, source, inTrash } = conflict;
  const file = source.split(/[\\/]/).at(-1) ?? source;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const changes = compareDesigns(current, incoming);
  const comments = incoming.review.comments.length;
  const decision = capitalise(t(`enums.decision.${incoming.review.decision.status}`));
  const choices: [ImportResolution, string, string][] = [
    ['take-review', t('conflict.takeReview'), t('conflict.takeReviewHelp', { count: comments, decision })],
    ['copy', t('conflict.copy'), t('conflict.copyHelp')],
    ['replace', t('conflict.replace'), t('conflict.replaceHelp')],
  ];
  return (
    <Dialog
      title={t('conflict.title', { title: current.title || t('document.untitled') })}
      wide
      onClose={() => void resolveConflict('cancel')}
      actions={
        <button type="button" className="button" onClick={() => void resolveConflict('cancel')}>
          {t('conflict.cancel')}
        </button>
      }
    >
      <p>
        {t('conflict.explain', { file, saved: date.format(new Date(current.updated)) })}
        {inTrash && ` ${t('conflict.inTrash')}`}
      </p>
      {changes.length > 0 ? (
        <ChangeList changes={changes} against={t('conflict.against')} before={current} after={incoming} />
      ) : (
        <p className="muted">{t('conflict.onlyDates')}</p>
      )}
      <ul className="choices" role="list">
        {choices.map(([choice, label, help]) => (
          <li key={choice} className="choice">
            <p>{help}</p>
            <button
              type="button"
              className={`button${choice === 'take-review' ? ' button-primary' : ''}`}
              onClick={() => void resolveConflict(choice)}
            >
              {label}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
