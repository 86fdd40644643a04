import type { Translate } from '../i18n';
import { changeFieldLabel, changeValueLabel, type DescribeContext } from '../review/describe';
import type { MergeConflict } from './designs';

/**
 * A merge's question in words, for the app's merge dialog and the command line: where it is
 * ("Learning outcomes › “Analyse the heat…” › Statement") and what each choice holds. Texts stay
 * whole: nothing anyone typed is shortened where it is to be chosen.
 */

type Conflict = Pick<MergeConflict, 'section' | 'item' | 'field' | 'kind'>;
type Option = MergeConflict['options'][number];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where the question is: the section, the item in its own words, the field. */
export function conflictWhere(t: Translate, conflict: Conflict): string {
  const section = conflict.section === 'review' ? 'review' : t(`enums.section.${conflict.section}`);
  const parts = [section];
  if (conflict.item) parts.push(`“${conflict.item}”`);
  // An item changed and removed, or still linked: the item is the subject, not its list.
  if (conflict.field && (conflict.kind === 'field' || conflict.kind === 'order'))
    parts.push(changeFieldLabel(t, conflict.field));
  return parts.join(' › ');
}

/** What one choice puts in the design, in words (empty for "remove": the caller says it). */
export function optionWords(t: Translate, conflict: Conflict, option: Option, context: DescribeContext): string {
  if (option.kind === 'order') return (option.items ?? (option.value as string[])).join(' → ');
  if (option.kind === 'remove') return '';
  if (option.kind === 'keep') return conflict.item ?? '';
  const { value } = option;
  if (typeof value === 'string') return value === '' ? t('compare.nothing') : value;
  if (isRecord(value)) {
    // Dates asked as a pair; a framework competence by its reference.
    if ('startDate' in value)
      return [value['startDate'], value['endDate']]
        .map((date) => (date ? String(date) : t('compare.nothing')))
        .join(' – ');
    if (typeof value['ref'] === 'string' && value['kind'] === 'framework') return value['ref'];
  }
  return changeValueLabel(t, conflict.field ?? '', value, context);
}
