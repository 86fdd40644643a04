import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentAnchor } from '../../shared/model';
import { useReadOnly } from '../state/app-store';
import { CommentThread } from './CommentThread';
import { capitalise } from '../i18n';

/** Above this many options a checklist shows the linked ones, and all of them on request. */
export const CHECKLIST_COLLAPSE_ABOVE = 30;

/**
 * A set of checkboxes for links (outcome → competences, activity → outcomes…). A fieldset, so
 * the legend is announced with each box; `field` lets a check finding focus the group. A long
 * list (500 outcomes in each of 500 activity cards would be 250,000 boxes) shows the linked
 * options until asked for all of them, with a filter.
 */
export function LinkChecklist({
  legend,
  field,
  options,
  selected,
  onToggle,
  empty,
}: {
  legend: string;
  field: string;
  options: readonly { id: string; label: string; title?: string }[];
  selected: readonly string[];
  onToggle: (id: string, linked: boolean) => void;
  /** Shown instead of the boxes when there is nothing to link yet. */
  empty: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const readOnly = useReadOnly();
  const long = options.length > CHECKLIST_COLLAPSE_ABOVE;
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  // What the short list shows: the links when it was last shown, so a box just unticked stays
  // under the pointer (and keeps the focus) instead of vanishing.
  const [pinned, setPinned] = useState<readonly string[]>(selected);
  const needle = filter.trim().toLocaleLowerCase();
  const shown = options
    .map((option, index) => ({ option, index }))
    .filter(({ option }) =>
      !long
        ? true
        : open
          ? !needle || option.label.toLocaleLowerCase().includes(needle)
          : pinned.includes(option.id) || selected.includes(option.id),
    );
  return (
    <fieldset className="link-checklist" data-field={field} tabIndex={-1}>
      <legend>{legend}</legend>
      {options.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          {long && (
            <div className="link-checklist-tools">
              <button
                type="button"
                className="button-quiet"
                aria-expanded={open}
                onClick={() => {
                  if (open) setPinned(selected);
                  setOpen(!open);
                }}
              >
                {open ? t('links.showLinked') : t('links.showAll', { count: options.length })}
              </button>
              {open && (
                <input
                  type="search"
                  aria-label={t('links.filter')}
                  placeholder={t('links.filter')}
                  value={filter}
                  onChange={(event) => setFilter(event.target.value)}
                />
              )}
            </div>
          )}
          {long && shown.length === 0 && (
            <p className="muted">{open ? t('links.noMatch', { filter: filter.trim() }) : t('links.noneLinked')}</p>
          )}
          {shown.map(({ option, index }) => (
            <label key={option.id} className="check-row" htmlFor={`${id}-${index}`} title={option.title}>
              <input
                id={`${id}-${index}`}
                type="checkbox"
                checked={selected.includes(option.id)}
                disabled={readOnly}
                onChange={(event) => onToggle(option.id, event.target.checked)}
              />
              <span>{capitalise(option.label)}</span>
            </label>
          ))}
        </>
      )}
    </fieldset>
  );
}

/** Move up / move down / remove for one item of a list; names say which item, for screen readers. */
export function ItemActions({
  name,
  index,
  count,
  onMove,
  onRemove,
}: {
  name: string;
  index: number;
  count: number;
  onMove?: (to: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="item-actions">
      {onMove && (
        <>
          <button
            type="button"
            className="button-quiet"
            disabled={index === 0}
            aria-label={t('common.moveUpNamed', { name })}
            onClick={() => onMove(index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="button-quiet"
            disabled={index === count - 1}
            aria-label={t('common.moveDownNamed', { name })}
            onClick={() => onMove(index + 1)}
          >
            ↓
          </button>
        </>
      )}
      <button type="button" className="button-quiet" aria-label={t('common.removeNamed', { name })} onClick={onRemove}>
        {t('common.remove')}
      </button>
    </div>
  );
}

/** One item of a list step (an outcome, an activity…): a labelled region with its actions. */
export function ItemCard({
  heading,
  actions,
  children,
  field,
  tone,
  anchor,
}: {
  heading: string;
  actions: ReactNode;
  children: ReactNode;
  field: string;
  /** A colour accent (e.g. the activity's phase). */
  tone?: string;
  /** Where review comments on this item are anchored. */
  anchor?: CommentAnchor;
}) {
  const id = useId();
  const readOnly = useReadOnly();
  return (
    <section
      className={`item-card${tone ? ` item-card-${tone}` : ''}`}
      aria-labelledby={id}
      data-field={field}
      tabIndex={-1}
    >
      <header className="item-card-header">
        <h3 id={id}>{heading}</h3>
        {!readOnly && actions}
      </header>
      {anchor && <CommentThread anchor={anchor} label={heading} />}
      {children}
    </section>
  );
}

/** What an empty list step shows: what to do first, and why. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}
