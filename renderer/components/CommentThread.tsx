import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentAnchor } from '../../shared/model';
import { addComment, setCommentResolved } from '../state/actions';
import { useAppStore } from '../state/app-store';
import { useDesignStore } from '../state/design-store';

const sameAnchor = (a: CommentAnchor, b: CommentAnchor) => a.section === b.section && a.itemId === b.itemId;

/**
 * The comments on one section or item, where the author will see them. Reviewers add
 * comments; authors resolve them (and can reopen). Nothing shows for an item without comments
 * outside review mode.
 */
export function CommentThread({ anchor, label }: { anchor: CommentAnchor; label: string }) {
  const { t, i18n } = useTranslation();
  const comments = useDesignStore((s) => s.design!.review.comments).filter((c) => sameAnchor(c.anchor, anchor));
  const reviewing = useAppStore((s) => s.mode === 'review');
  const [draft, setDraft] = useState('');
  const [open, setOpen] = useState(false);
  const id = useId();
  if (comments.length === 0 && !reviewing) return null;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="comment-thread" aria-label={t('review.commentsOn', { place: label })} role="group">
      {comments.map((comment) => (
        <article key={comment.id} className={`comment${comment.resolved ? ' comment-resolved' : ''}`}>
          <p className="comment-meta">
            <strong>{comment.author}</strong> · {date.format(new Date(comment.createdAt))}
            {comment.resolved && (
              <span className="comment-state"> · {t('review.resolvedBy', { name: comment.resolvedBy || '—' })}</span>
            )}
          </p>
          <p className="comment-text">{comment.text}</p>
          {!reviewing && (
            <button
              type="button"
              className="button-quiet"
              onClick={() => setCommentResolved(comment.id, !comment.resolved)}
            >
              {comment.resolved ? t('review.reopen') : t('review.resolve')}
            </button>
          )}
        </article>
      ))}
      {reviewing &&
        (open ? (
          <form
            className="comment-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (!draft.trim()) return;
              addComment(anchor, draft);
              setDraft('');
              setOpen(false);
            }}
          >
            <label htmlFor={id}>{t('review.commentLabel', { place: label })}</label>
            <textarea
              id={id}
              value={draft}
              rows={3}
              maxLength={20_000}
              autoFocus
              onChange={(e) => setDraft(e.target.value)}
            />
            <div className="button-row">
              <button type="submit" className="button button-primary" disabled={!draft.trim()}>
                {t('review.addComment')}
              </button>
              <button type="button" className="button-quiet" onClick={() => setOpen(false)}>
                {t('review.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <button
            type="button"
            className="button comment-button"
            onClick={() => setOpen(true)}
            aria-label={t('review.commentOn', { place: label })}
          >
            💬 {t('review.comment')}
          </button>
        ))}
    </div>
  );
}
