import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeConflictData, MergePreviewData } from '../../../shared/api';
import { conflictWhere, optionWords } from '../../../shared/merge/describe';
import { compareDesigns } from '../../../shared/review';
import { ChangeList } from '../../components/ChangeList';
import { DesignFileInput } from '../../components/DesignFileInput';
import { Dialog } from '../../components/Dialog';
import { useAppStore } from '../../state/app-store';
import {
  answer,
  closeMerge,
  mergeFilesWithDialog,
  mergeUploadedFiles,
  saveMerge,
  useMergeStore,
} from '../../state/merge';

type Option = MergeConflictData['options'][number];

/** "Ana (ana.cbld) · edited 12 Mar 2026, 15:20": who holds a choice, and when they last edited. */
function useHolders(preview: MergePreviewData) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const when = (index: number) => date.format(new Date(preview.inputs[index]!.design.updated));
  const name = (index: number) => preview.inputs[index]!.label;
  return {
    when,
    name,
    /** The choice's heading: yours, theirs (by file), or a combination. */
    title(option: Option): string {
      if (option.kind === 'all') return t('merge.option.keepBoth');
      const mine = option.holders.includes(0);
      if (option.kind === 'remove') return t(mine ? 'merge.option.removeMine' : 'merge.option.removeTheirs');
      if (option.kind === 'keep') return t(mine ? 'merge.option.keepMine' : 'merge.option.keepTheirs');
      return t(mine ? 'merge.option.mine' : 'merge.option.theirs');
    },
    /** Who holds it, each with when their copy was last edited. */
    who(option: Option): string {
      if (option.kind === 'all') return t('merge.option.keepBothHelp');
      return option.holders
        .map((index) => t('merge.option.holder', { name: name(index), when: when(index) }))
        .join(' · ');
    },
  };
}

function Question({
  conflict,
  preview,
  number,
}: {
  conflict: MergeConflictData;
  preview: MergePreviewData;
  number: number;
}) {
  const { t, i18n } = useTranslation();
  const busy = useMergeStore((s) => s.busy);
  const holders = useHolders(preview);
  const context = { before: preview.inputs[0]!.design, after: preview.design, language: i18n.language };
  const words = (option: Option) => optionWords(t, conflict, option, context);
  const descriptionId = useId();
  return (
    <fieldset className="merge-question" aria-describedby={descriptionId}>
      <legend>
        <span className="merge-question-number">{t('merge.questionNumber', { number })}</span>{' '}
        {conflictWhere(t, conflict)}
      </legend>
      <p id={descriptionId} className="muted">
        {t(`merge.kind.${conflict.kind}`)}
        {conflict.usedBy &&
          conflict.usedBy.length > 0 &&
          ` ${t('merge.usedBy', { items: conflict.usedBy.join('; ') })}`}
      </p>
      {conflict.kind === 'field' && 'base' in conflict && (
        <p className="merge-before">
          <span className="merge-label">{t('merge.before')}</span>{' '}
          {words({ kind: 'value', value: conflict.base, holders: [] })}
        </p>
      )}
      <div className={`merge-options merge-options-${conflict.options.length}`}>
        {conflict.options.map((option, index) => {
          const text = words(option);
          return (
            <label key={index} className={`merge-option${conflict.chosen === index ? ' merge-option-chosen' : ''}`}>
              <span className="merge-option-head">
                <input
                  type="radio"
                  name={`merge-${conflict.id}`}
                  checked={conflict.chosen === index}
                  disabled={busy}
                  onChange={() => void answer(conflict.id, index)}
                />
                <strong>{holders.title(option)}</strong>
              </span>
              <span className="merge-option-who">{holders.who(option)}</span>
              {option.kind === 'order' ? (
                <ol className="merge-option-value">
                  {(option.items ?? []).map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ol>
              ) : option.kind === 'remove' ? (
                <span className="merge-option-value muted">{t('merge.option.removeHelp')}</span>
              ) : (
                <span className="merge-option-value">{text}</span>
              )}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** What the merged design changes in one copy, with the existing compare list. */
function CompareWith({ preview }: { preview: MergePreviewData }) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const input = preview.inputs[index] ?? preview.inputs[0]!;
  const changes = compareDesigns(input.design, preview.design);
  return (
    <section className="merge-compare" aria-labelledby="merge-compare-heading">
      <h3 id="merge-compare-heading">{t('merge.compareHeading')}</h3>
      <label className="field merge-compare-with">
        <span>{t('merge.compareWith')}</span>
        <select value={index} onChange={(event) => setIndex(Number(event.target.value))}>
          {preview.inputs.map((copy, i) => (
            <option key={i} value={i}>
              {copy.label}
            </option>
          ))}
        </select>
      </label>
      {changes.length > 0 ? (
        <ChangeList changes={changes} against={input.label} before={input.design} after={preview.design} />
      ) : (
        <p className="muted">{t('merge.sameAs', { name: input.label })}</p>
      )}
    </section>
  );
}

function Summary({ preview }: { preview: MergePreviewData }) {
  const { t, i18n } = useTranslation();
  const holders = useHolders(preview);
  const unanswered = useMergeStore((s) => s.unanswered) ?? preview.design;
  const taken = compareDesigns(preview.inputs[0]!.design, unanswered);
  const sections = [...new Set(taken.map((change) => change.section))];
  const base = preview.base;
  return (
    <>
      <ul className="merge-chips" aria-label={t('merge.copies')}>
        {preview.inputs.map((input, index) => (
          <li key={index}>
            <strong>{input.label}</strong>{' '}
            <span className="muted">{t('merge.editedAt', { when: holders.when(index) })}</span>
          </li>
        ))}
      </ul>
      <p className={base.kind === 'none' ? 'merge-base merge-base-none' : 'merge-base'}>
        {base.kind === 'common'
          ? t('merge.base.common', {
              date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
                new Date(base.agreedAt),
              ),
            })
          : base.kind === 'given'
            ? t('merge.base.given')
            : t(`merge.base.${base.reason}`)}
      </p>
      <section aria-labelledby="merge-combined-heading">
        <h3 id="merge-combined-heading">{t('merge.combinedHeading')}</h3>
        {taken.length === 0 ? (
          <p className="muted">{t('merge.nothingNew')}</p>
        ) : (
          <>
            <p className="merge-combined">{t('merge.combined', { count: taken.length })}</p>
            <ul className="merge-chips">
              {sections.map((section) => (
                <li key={section}>
                  {t('merge.inSection', {
                    section: section === 'review' ? t('review.section') : t(`enums.section.${section}`),
                    count: taken.filter((change) => change.section === section).length,
                  })}
                </li>
              ))}
            </ul>
            <details className="merge-details">
              <summary>{t('merge.showChanges')}</summary>
              <ChangeList
                changes={taken}
                against={preview.inputs[0]!.label}
                before={preview.inputs[0]!.design}
                after={preview.design}
              />
            </details>
          </>
        )}
      </section>
    </>
  );
}

/** The merge dialog: choose files, see what combines and answer what conflicts, compare, save. */
export function MergeDialog() {
  const { t } = useTranslation();
  const { open, preview, busy, error } = useMergeStore();
  const nativeDialogs = useAppStore((s) => s.info?.nativeDialogs ?? false);
  if (!open) return null;
  const questions = preview?.conflicts ?? [];
  return (
    <Dialog
      title={t('merge.title')}
      wide
      onClose={closeMerge}
      actions={
        <>
          {preview && (
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void saveMerge()}>
              {t('merge.save')}
            </button>
          )}
          <button type="button" className="button" onClick={closeMerge}>
            {t('merge.cancel')}
          </button>
        </>
      }
    >
      <div className="merge-dialog" aria-busy={busy}>
        {!preview && (
          <div className="merge-pick">
            <p>{t('merge.intro')}</p>
            {nativeDialogs ? (
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => void mergeFilesWithDialog()}
              >
                {t('merge.chooseFiles')}
              </button>
            ) : (
              <label className="field">
                <span>{t('merge.chooseFiles')}</span>
                <DesignFileInput
                  label={t('merge.chooseFiles')}
                  multiple
                  onFiles={(files) => void mergeUploadedFiles(files)}
                />
              </label>
            )}
          </div>
        )}
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        {busy && (
          <p className="muted" role="status">
            {t('merge.working')}
          </p>
        )}
        {preview && (
          <>
            <Summary preview={preview} />
            <section aria-labelledby="merge-questions-heading">
              <h3 id="merge-questions-heading">{t('merge.questionsHeading', { count: questions.length })}</h3>
              <p className="muted">{questions.length > 0 ? t('merge.questionsHelp') : t('merge.noQuestions')}</p>
              {questions.map((conflict, index) => (
                <Question key={conflict.id} conflict={conflict} preview={preview} number={index + 1} />
              ))}
            </section>
            <CompareWith preview={preview} />
            <p className="muted merge-kept">{t('merge.keptHelp')}</p>
          </>
        )}
      </div>
    </Dialog>
  );
}
