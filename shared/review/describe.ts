import { outcomeLabel } from '../checks/labels';
import type { Translate } from '../i18n';
import type { Design } from '../model';
import type { Change } from './compare';

/** Fields whose values are codes with a name in the messages (the last part of the field key). */
const ENUM_NAMES: Record<string, string> = {
  interpretation: 'enums.interpretation',
  decision: 'enums.decision',
  phase: 'enums.phase',
  mode: 'enums.mode',
  grouping: 'enums.grouping',
  learningType: 'enums.learningType',
  method: 'enums.method',
  purpose: 'enums.purpose',
  bloom: 'enums.bloom',
  eqfDomain: 'enums.eqfDomain',
  supervision: 'enums.supervision',
  participationForm: 'enums.participationForm',
  qfEheaCycle: 'enums.qfEheaCycle',
  integration: 'enums.integration',
  learningSetting: 'enums.learningSetting',
  scope: 'enums.scope',
  type: 'enums.ownerType',
  assessors: 'enums.assessor',
  kind: 'compare.competenceKind',
};

/** The two versions being compared (ids are named as either one names them) and the reader's language. */
export interface DescribeContext {
  before: Design;
  after: Design;
  language: string;
}

function idLabel(id: string, context: DescribeContext): string {
  for (const design of [context.after, context.before]) {
    if (design.outcomes.some((o) => o.id === id)) return outcomeLabel(design, id);
    const competence = design.competences.find((c) => c.id === id);
    if (competence) return competence.source.kind === 'custom' ? competence.source.title : competence.source.ref;
  }
  return id;
}

/** A field's name in words: "Guided hours", "Agreement: ethics". */
export function changeFieldLabel(t: Translate, field: string): string {
  return t(`compare.field.${field}`, { defaultValue: field });
}

/** One value of a change in words: enum codes by their names, ids by their labels, yes/no. */
export function changeValueLabel(t: Translate, field: string, value: unknown, context: DescribeContext): string {
  if (value === null || value === undefined || value === '') return t('compare.nothing');
  const last = field.split('.').at(-1)!;
  if (Array.isArray(value)) {
    if (value.length === 0) return t('compare.nothing');
    return value.map((entry) => changeValueLabel(t, field, entry, context)).join(', ');
  }
  if (typeof value === 'boolean') return t(value ? 'compare.yes' : 'compare.no');
  if (typeof value === 'object') {
    const named = value as { title?: string; label?: string; name?: string; text?: string };
    return named.title || named.label || named.name || named.text || t('compare.nothing');
  }
  const text = String(value);
  if (last === 'language' || last === 'languagesOfInstruction')
    return new Intl.DisplayNames([context.language, 'en'], { type: 'language' }).of(text) ?? text;
  if (last === 'outcomeIds' || last === 'competenceIds') return idLabel(text, context);
  const names = ENUM_NAMES[last];
  return names ? t(`${names}.${text}`, { defaultValue: text }) : text;
}

/**
 * A change as one line for a terminal or a list: "changed: Phase · “Field walk”: Engage → Act",
 * with the quotation marks and separators of the reader's language (« … » and a no-break space
 * before the colon in French).
 * The UI lays the same parts out itself (ComparePanel's ChangeList).
 */
export function describeChange(t: Translate, change: Change, context: DescribeContext): string {
  const what = change.field ? changeFieldLabel(t, change.field) : '';
  const item = change.item ? t('compare.quoted', { text: change.item }) : '';
  const subject = [what, item].filter(Boolean).join(' · ');
  const kind = t(`compare.kind.${change.kind}`);
  if (change.kind !== 'changed') return t('compare.line', { kind, subject });
  if (change.diff) return t('compare.line', { kind, subject: `${subject} (${t('compare.longText')})` });
  const field = change.field ?? '';
  const from = changeValueLabel(t, field, change.from, context);
  return t('compare.lineFromTo', { kind, subject, from, to: changeValueLabel(t, field, change.to, context) });
}
