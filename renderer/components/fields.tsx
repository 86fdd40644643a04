import { useId, useState, type ReactNode } from 'react';
import { MAX_TEXT } from '../../shared/model';
import { useReadOnly } from '../state/app-store';
import { capitalise } from '../i18n';

/**
 * Labelled form controls. `field` is the design path a check finding points at
 * ("challenge.statement", "outcomes[lo-1].statement"): the checks panel focuses the control
 * with that data-field when a finding is clicked.
 */
interface FieldBase {
  label: string;
  hint?: string;
  field: string;
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <span id={id} className="hint">
      {hint}
    </span>
  ) : null;
}

export function TextField({
  label,
  hint,
  field,
  value,
  onChange,
  multiline = false,
  rows = 3,
  maxLength = 500,
  placeholder,
  invalid = false,
  onBlur,
}: FieldBase & {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  invalid?: boolean;
  onBlur?: () => void;
}) {
  const id = useId();
  const readOnly = useReadOnly();
  const common = {
    id,
    value,
    readOnly,
    placeholder,
    maxLength,
    onBlur,
    'aria-invalid': invalid || undefined,
    'data-field': field,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={`${id}-hint`} hint={hint} />
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

/** A text area for prose (statements, descriptions, notes): two rows that grow, long texts allowed. */
export function LongTextField(
  props: Omit<Parameters<typeof TextField>[0], 'multiline' | 'maxLength'> & { rows?: number },
) {
  return <TextField rows={2} {...props} multiline maxLength={MAX_TEXT} />;
}

export function SelectField<T extends string>({
  label,
  hint,
  field,
  value,
  options,
  onChange,
  emptyLabel,
}: FieldBase & {
  value: T | null;
  options: readonly (readonly [T, string])[];
  onChange: (value: T | null) => void;
  /** Offered when the value may stay unset. */
  emptyLabel?: string;
}) {
  const id = useId();
  const readOnly = useReadOnly();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={`${id}-hint`} hint={hint} />
      <select
        id={id}
        disabled={readOnly}
        data-field={field}
        value={value ?? ''}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as T))}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {capitalise(optionLabel)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function NumberField({
  label,
  hint,
  field,
  value,
  onChange,
  min = 0,
  max,
  step = 1,
}: FieldBase & {
  value: number | null;
  onChange: (value: number | null) => void;
  min?: number;
  max?: number;
  step?: number;
}) {
  const id = useId();
  const readOnly = useReadOnly();
  return (
    <div className="field field-number">
      <label htmlFor={id}>{label}</label>
      <Hint id={`${id}-hint`} hint={hint} />
      <input
        id={id}
        readOnly={readOnly}
        type="number"
        inputMode="decimal"
        data-field={field}
        min={min}
        max={max}
        step={step}
        value={value ?? ''}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const parsed = e.target.value === '' ? null : Number(e.target.value);
          if (parsed === null || (Number.isFinite(parsed) && parsed >= min && (max === undefined || parsed <= max)))
            onChange(parsed);
        }}
      />
    </div>
  );
}

/** A titled group of fields (a fieldset, so screen readers announce the group). */
export function FieldGroup({
  legend,
  children,
  hint,
  field,
}: {
  legend: string;
  children: ReactNode;
  hint?: string;
  /** A design path findings may point at (the group gets focus when clicked from the checks). */
  field?: string;
}) {
  return (
    <fieldset className="field-group" data-field={field} tabIndex={field ? -1 : undefined}>
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      {children}
    </fieldset>
  );
}

/**
 * A text field whose value reaches the design only when valid (an ESCO URI, country codes, a
 * required title). Until then the typed text stays in the field with the reason shown, so the
 * design — and its autosave — never holds an invalid value.
 */
export function DraftTextField({
  value,
  onChange,
  accept,
  invalidHint,
  commitOnBlur = false,
  ...rest
}: FieldBase & {
  value: string;
  onChange: (value: string) => void;
  accept: (value: string) => boolean;
  invalidHint: string;
  placeholder?: string;
  /**
   * Store only when the field is left: for values whose prefixes are valid too ("Fr" while
   * typing "France" is a country code), so half-typed text never replaces a good value.
   */
  commitOnBlur?: boolean;
}) {
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // The design changed from elsewhere (undo, another field): show it.
    setLastValue(value);
    setDraft(value);
  }
  const invalid = !accept(draft);
  return (
    <div className={invalid ? 'field-invalid' : undefined}>
      <TextField
        {...rest}
        hint={invalid ? invalidHint : rest.hint}
        value={draft}
        invalid={invalid}
        onChange={(next) => {
          setDraft(next);
          if (!commitOnBlur && accept(next)) onChange(next);
        }}
        onBlur={() => {
          if (commitOnBlur && accept(draft) && draft !== value) onChange(draft);
        }}
      />
    </div>
  );
}
