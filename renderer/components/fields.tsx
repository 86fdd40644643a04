import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { formatNumberInput, readNumber } from '../../shared/i18n';
import { MAX_TEXT } from '../../shared/model';
import { useReadOnly } from '../state/app-store';
import { capitalise } from '../i18n';
import { FIELD_RULES, type FieldRule } from './field-rules';

type RuleValue<R extends FieldRule> = z.output<(typeof FIELD_RULES)[R]>;

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
  format,
}: FieldBase & {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  invalid?: boolean;
  onBlur?: () => void;
  /** Marks a field whose text must match a model rule (see DraftTextField). */
  format?: FieldRule;
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
    'data-format': format,
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

/** The range a number schema allows, for messages ("from 0 to 120"). */
function rangeOf(schema: z.ZodNumber) {
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER, whole: schema.isInt };
}

export interface NumberDraftOptions {
  /** What an empty field stores: null where the design allows "not stated", else e.g. 0. */
  emptyAs?: number | null;
  /**
   * Store the number only when the field is left: for values that move the item elsewhere
   * (an activity's week regroups the journey), so typing "12" does not jump away after "1".
   */
  commitOnBlur?: boolean;
}

/**
 * A number as it is being typed: the text stays exactly as typed; the value reaches the design
 * only when it reads as a number (2,5 and 2.5 alike) that the model's schema allows. Otherwise
 * `problem` says why and what range is allowed.
 */
export function useNumberDraft(
  value: number | null,
  schema: z.ZodNumber,
  onChange: (value: number | null) => void,
  options: NumberDraftOptions = {},
): { text: string; problem: string | null; change: (text: string) => void; focus: () => void; blur: () => void } {
  const { emptyAs = null, commitOnBlur = false } = options;
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [text, setText] = useState(() => formatNumberInput(value, language));
  const [shown, setShown] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  // The value before this round of typing: what the design keeps when the text ends up invalid.
  const before = useRef(value);
  if (value !== shown) {
    // Changed elsewhere (undo, a restored version): show the design's value.
    setShown(value);
    setText(formatNumberInput(value, language));
    setProblem(null);
    before.current = value;
  }
  // A value read from the text, waiting for the field to be left (commitOnBlur).
  const pending = useRef<{ value: number | null } | null>(null);
  const commit = (next: number | null) => {
    pending.current = null;
    if (next === value) return;
    setShown(next);
    onChange(next);
  };
  const refuse = (message: string) => {
    setProblem(message);
    pending.current = null;
    // "15" was a valid step on the way to "150": the design goes back to what it held before.
    commit(before.current);
  };
  const change = (next: string) => {
    setText(next);
    const reading = readNumber(next);
    const { min, max, whole } = rangeOf(schema);
    const format = (n: number) => formatNumberInput(n, language);
    const range = t(whole ? 'fields.number.wholeRange' : 'fields.number.range', { min: format(min), max: format(max) });
    if (!reading.ok) {
      if (reading.problem === 'ambiguous') {
        const [integer, fraction] = next.trim().split(/[.,]/) as [string, string];
        refuse(
          t('fields.number.ambiguous', {
            text: next.trim(),
            thousands: format(Number(integer + fraction)),
            decimal: format(Number(`${integer}.${fraction}`)),
          }),
        );
      } else refuse(`${t('fields.number.unreadable', { text: next.trim() })} ${range}`);
      return;
    }
    if (reading.value !== null && !schema.safeParse(reading.value).success) {
      const tooBig = reading.value > max;
      const tooSmall = reading.value < min;
      const what = tooBig
        ? t('fields.number.tooBig', { value: format(reading.value), max: format(max) })
        : tooSmall
          ? t('fields.number.tooSmall', { value: format(reading.value), min: format(min) })
          : t('fields.number.notWhole', { value: format(reading.value) });
      refuse(`${what} ${range}`);
      return;
    }
    setProblem(null);
    const read = reading.value ?? emptyAs;
    if (commitOnBlur) pending.current = { value: read };
    else commit(read);
  };
  return {
    text,
    problem,
    change,
    focus: () => void (before.current = value),
    blur: () => pending.current && commit(pending.current.value),
  };
}

/** The message under a field that holds something the design cannot take, announced politely. */
export function FieldProblem({ id, problem }: { id: string; problem: string | null }) {
  return (
    <span id={id} className="field-problem" aria-live="polite">
      {problem}
    </span>
  );
}

/**
 * A number typed the way people write it (2,5 or 2.5, 1 500); `schema` is the model's rule for
 * this number (shared/model/formats.ts), so the field and the design agree on what is allowed.
 * An empty field stores null, or `emptyAs` where the design needs a number.
 */
export function NumberField({
  label,
  hint,
  field,
  value,
  schema,
  onChange,
  ...options
}: FieldBase &
  NumberDraftOptions & {
    value: number | null;
    schema: z.ZodNumber;
    onChange: (value: number | null) => void;
  }) {
  const id = useId();
  const readOnly = useReadOnly();
  const { text, problem, change, focus, blur } = useNumberDraft(value, schema, onChange, options);
  const describedBy = [hint ? `${id}-hint` : '', `${id}-problem`].filter(Boolean).join(' ');
  return (
    <div className="field field-number">
      <label htmlFor={id}>{label}</label>
      <Hint id={`${id}-hint`} hint={hint} />
      <input
        id={id}
        readOnly={readOnly}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        data-field={field}
        data-format="number"
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        onFocus={focus}
        onBlur={blur}
        onChange={(e) => change(e.target.value)}
      />
      <FieldProblem id={`${id}-problem`} problem={problem} />
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
 * A text field with a format (a web address, an ESCO URI, country codes, a required title):
 * `schema` reads the typed text into the design's value with the model's own rule (e.g.
 * `z.string().trim().pipe(WebAddress)`), so the field accepts exactly what the model accepts.
 * Until the text is valid it stays in the field with the reason shown, and the design — and
 * its autosave — keeps its last valid value.
 */
export function DraftTextField<R extends FieldRule>({
  value,
  onChange,
  rule,
  invalidHint,
  commitOnBlur = false,
  ...rest
}: FieldBase & {
  value: RuleValue<R>;
  onChange: (value: RuleValue<R>) => void;
  /** Which model rule the text must pass (components/field-rules.ts). */
  rule: R;
  invalidHint: string;
  placeholder?: string;
  /**
   * Store only when the field is left: for values whose prefixes are valid too ("Fr" while
   * typing "France" is a country code), so half-typed text never replaces a good value.
   */
  commitOnBlur?: boolean;
}) {
  const schema = FIELD_RULES[rule] as unknown as z.ZodType<RuleValue<R>, string>;
  const format = (v: RuleValue<R>) => (Array.isArray(v) ? v.join(', ') : String(v));
  const [draft, setDraft] = useState(() => format(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The design changed from elsewhere (undo, another field): show it.
    setShown(value);
    setDraft(format(value));
  }
  const read = (text: string) => schema.safeParse(text);
  const invalid = !read(draft).success;
  const commit = (text: string) => {
    const result = read(text);
    if (!result.success || JSON.stringify(result.data) === JSON.stringify(value)) return;
    setShown(result.data);
    onChange(result.data);
  };
  return (
    <div className={invalid ? 'field-invalid' : undefined}>
      <TextField
        {...rest}
        hint={invalid ? invalidHint : rest.hint}
        value={draft}
        invalid={invalid}
        format={rule}
        onChange={(next) => {
          setDraft(next);
          if (!commitOnBlur) commit(next);
        }}
        onBlur={() => {
          if (commitOnBlur) commit(draft);
        }}
      />
    </div>
  );
}
