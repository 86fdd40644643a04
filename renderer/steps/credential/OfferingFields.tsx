import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarDate, newId, type Design, type Offering } from '../../../shared/model';
import { DraftTextField, FieldGroup, LongTextField, TextField } from '../../components/fields';
import { ItemActions, LinkChecklist } from '../../components/lists';
import { useReadOnly } from '../../state/app-store';
import { useDesignStore } from '../../state/design-store';

/** The alliance's teaching languages, offered as boxes; a design's other codes stay listed. */
const TEACHING_LANGUAGES = ['en', 'fr', 'de', 'el', 'es', 'it', 'ro', 'sv'] as const;

function languageLabel(code: string, uiLanguage: string): string {
  const inUi = new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  const own = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return inUi === own ? inUi : `${inUi} — ${own}`;
}

/**
 * A calendar date: the browser's date picker, in the user's locale. A value reaches the design
 * only when it is a whole date that `accept` allows; otherwise the field says why.
 */
function DateField({
  label,
  hint,
  field,
  value,
  accept,
  invalidHint,
  onChange,
}: {
  label: string;
  hint: string;
  field: string;
  value: string | null;
  accept: (value: string) => boolean;
  invalidHint: string;
  onChange: (value: string | null) => void;
}) {
  const id = useId();
  const readOnly = useReadOnly();
  const [draft, setDraft] = useState(value ?? '');
  const [last, setLast] = useState(value);
  if (value !== last) {
    setLast(value);
    setDraft(value ?? '');
  }
  const invalid = draft !== '' && !accept(draft);
  return (
    <div className={`field${invalid ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <span id={`${id}-hint`} className="hint">
        {invalid ? invalidHint : hint}
      </span>
      <input
        id={id}
        type="date"
        readOnly={readOnly}
        data-field={field}
        value={draft}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          if (next === '') onChange(null);
          // The date format is the model's own rule (shared/model/formats.ts), not a copy of it.
          else if (CalendarDate.safeParse(next).success && accept(next)) onChange(next);
        }}
      />
    </div>
  );
}

/**
 * What a European syllabus states beyond Annex I: languages of instruction, dates, place,
 * teachers and how to reach them, and the pass rule. Rendered by the credential step.
 */
export function OfferingFields() {
  const { t, i18n } = useTranslation();
  const design = useDesignStore((s) => s.design!);
  const update = useDesignStore((s) => s.update);
  const offering = design.offering;
  const edit = (recipe: (o: Offering) => void) => update((d: Design) => recipe(d.offering));
  const codes = [...new Set<string>([...TEACHING_LANGUAGES, ...offering.languagesOfInstruction])];
  const path = 'credential.offering';

  return (
    <>
      <FieldGroup legend={t('offering.legend')} hint={t('offering.hint')}>
        <LinkChecklist
          legend={t('offering.languages')}
          field={`${path}.languagesOfInstruction`}
          options={codes.map((code) => ({ id: code, label: languageLabel(code, i18n.language) }))}
          selected={offering.languagesOfInstruction}
          empty=""
          onToggle={(code, on) =>
            edit((o) => {
              o.languagesOfInstruction = on
                ? codes.filter((c) => c === code || o.languagesOfInstruction.includes(c))
                : o.languagesOfInstruction.filter((c) => c !== code);
            })
          }
        />
        <div className="field-row">
          <DateField
            label={t('offering.startDate')}
            hint={t('offering.dateHint')}
            field={`${path}.startDate`}
            value={offering.startDate}
            accept={(v) => !offering.endDate || v <= offering.endDate}
            invalidHint={t('offering.startAfterEnd')}
            onChange={(v) => edit((o) => void (o.startDate = v))}
          />
          <DateField
            label={t('offering.endDate')}
            hint={t('offering.dateHint')}
            field={`${path}.endDate`}
            value={offering.endDate}
            accept={(v) => !offering.startDate || v >= offering.startDate}
            invalidHint={t('offering.endBeforeStart')}
            onChange={(v) => edit((o) => void (o.endDate = v))}
          />
        </div>
        <div className="field-row">
          <TextField
            label={t('offering.location')}
            hint={t('offering.locationHint')}
            field={`${path}.location`}
            value={offering.location}
            onChange={(v) => edit((o) => void (o.location = v))}
          />
          <DraftTextField
            label={t('offering.locationCountry')}
            hint={t('offering.locationCountryHint')}
            field={`${path}.locationCountry`}
            value={offering.locationCountry}
            placeholder="IT"
            rule="countryCode"
            commitOnBlur
            invalidHint={t('credentialStep.countryInvalid')}
            onChange={(v) => edit((o) => void (o.locationCountry = v))}
          />
        </div>
        <DraftTextField
          label={t('offering.homepage')}
          hint={t('offering.homepageHint')}
          field={`${path}.homepage`}
          value={offering.homepage}
          placeholder="https://"
          rule="webAddress"
          invalidHint={t('credentialStep.urlInvalid')}
          onChange={(v) => edit((o) => void (o.homepage = v))}
        />
      </FieldGroup>

      <FieldGroup legend={t('offering.teachers')} hint={t('offering.teachersHint')} field={`${path}.teachers`}>
        {offering.teachers.map((teacher, index) => {
          const set = (key: 'name' | 'role' | 'institution' | 'email') => (v: string) =>
            edit((o) => {
              const target = o.teachers.find((x) => x.id === teacher.id);
              if (target) target[key] = v;
            });
          const field = `${path}.teachers[${teacher.id}]`;
          return (
            <div className="row-editor row-editor-4" key={teacher.id}>
              <TextField
                label={t('offering.teacherName', { number: index + 1 })}
                field={`${field}.name`}
                value={teacher.name}
                onChange={set('name')}
              />
              <TextField
                label={t('offering.role')}
                field={`${field}.role`}
                value={teacher.role}
                onChange={set('role')}
              />
              <TextField
                label={t('offering.institution')}
                field={`${field}.institution`}
                value={teacher.institution}
                onChange={set('institution')}
              />
              <TextField
                label={t('offering.email')}
                field={`${field}.email`}
                value={teacher.email}
                onChange={set('email')}
              />
              <ItemActions
                name={teacher.name || t('offering.teacher', { number: index + 1 })}
                index={index}
                count={offering.teachers.length}
                onRemove={() => edit((o) => void (o.teachers = o.teachers.filter((x) => x.id !== teacher.id)))}
              />
            </div>
          );
        })}
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() =>
              edit((o) => void o.teachers.push({ id: newId(), name: '', role: '', institution: '', email: '' }))
            }
          >
            {t('offering.addTeacher')}
          </button>
          {offering.teachers.length === 0 && design.authors.length > 0 && (
            <button
              type="button"
              className="button"
              onClick={() =>
                update((d) => {
                  d.offering.teachers = d.authors.map((a) => ({
                    id: newId(),
                    name: a.name,
                    role: a.role,
                    institution: a.institution,
                    email: a.email,
                  }));
                })
              }
            >
              {t('offering.fromAuthors')}
            </button>
          )}
        </div>
        <LongTextField
          label={t('offering.contact')}
          hint={t('offering.contactHint')}
          field={`${path}.contact`}
          value={offering.contact}
          onChange={(v) => edit((o) => void (o.contact = v))}
        />
      </FieldGroup>

      <FieldGroup legend={t('offering.passing')}>
        <LongTextField
          label={t('offering.passRule')}
          hint={t('offering.passRuleHint')}
          field="credential.passRule"
          value={design.credential.passRule}
          onChange={(v) => update((d) => void (d.credential.passRule = v))}
        />
      </FieldGroup>
    </>
  );
}
