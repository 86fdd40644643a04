import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IscedFCode } from '../../../shared/model';
import { useAppStore, useReadOnly } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';

/** As many as the model keeps (shared/model/design.ts). */
const MAX_SUBJECT_AREAS = 10;

/** The ISCED-F fields (code → label), asked once per window. */
let fields: Promise<Record<string, string>> | null = null;
function useIscedF(): Record<string, string> | null {
  const api = useAppStore((s) => s.api);
  const [labels, setLabels] = useState<Record<string, string> | null>(null);
  useEffect(() => {
    if (!api) return;
    let live = true;
    fields ??= api['credentials.subjectAreas']({}).catch((error: unknown) => {
      fields = null; // try again next time
      throw error;
    });
    fields.then(
      (value) => live && setLabels(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  return labels;
}

/**
 * The subject area as Europass asks for it: one or more ISCED-F 2013 fields of education, from
 * the Europass vocabulary. Broad fields group their narrow and detailed ones; a code from a file
 * that the vocabulary lacks stays listed (and "validate for Europass" names it).
 */
export function SubjectAreasField() {
  const { t } = useTranslation();
  const id = useId();
  const readOnly = useReadOnly();
  const chosen = useDesignStore((s) => s.design!.credential.subjectAreas);
  const update = useDesignStore((s) => s.update);
  const labels = useIscedF();
  const codes = Object.keys(labels ?? {})
    .filter((code) => IscedFCode.safeParse(code).success)
    .sort();
  const broad = codes.filter((code) => code.length === 2);
  const label = (code: string) => (labels?.[code] ? `${code} ${labels[code]}` : code);
  return (
    <div className="field subject-areas">
      <label htmlFor={id}>{t('credentialStep.subjectAreas')}</label>
      <span id={`${id}-hint`} className="hint">
        {t('credentialStep.subjectAreasHint')}
      </span>
      {chosen.length > 0 && (
        <ul className="chip-list" aria-label={t('credentialStep.subjectAreasChosen')}>
          {chosen.map((code) => (
            <li key={code} className="chip">
              {/* The ISCED-F labels we hold are the vocabulary's English ones (templates/elm). */}
              <span lang="en">{label(code)}</span>
              {!readOnly && (
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={t('credentialStep.subjectAreaRemove', { field: label(code) })}
                  onClick={() =>
                    update(
                      (d) => void (d.credential.subjectAreas = d.credential.subjectAreas.filter((c) => c !== code)),
                    )
                  }
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <select
        id={id}
        data-field="credential.subjectAreas"
        disabled={readOnly || labels === null || chosen.length >= MAX_SUBJECT_AREAS}
        value=""
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const code = event.target.value;
          if (code)
            update((d) => void (d.credential.subjectAreas = [...new Set([...d.credential.subjectAreas, code])]));
        }}
      >
        <option value="">{labels === null ? t('app.loading') : t('credentialStep.subjectAreaAdd')}</option>
        {broad.map((group) => (
          <optgroup key={group} label={label(group)} lang="en">
            {codes
              .filter((code) => code.startsWith(group) && !chosen.includes(code))
              .map((code) => (
                <option key={code} value={code}>
                  {code.length === 4 ? `\u2003${label(code)}` : label(code)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
