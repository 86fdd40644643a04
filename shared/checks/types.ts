import type { Design, Interpretation, Section } from '../model';
import type { AlignmentMatrix } from './alignment-matrix';
import type { VerbIndex } from './verbs';
import type { WorkloadTotals } from './workload-totals';

export type Severity = 'error' | 'warning' | 'advice';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'advice'];

/** Where a finding points, so the UI can jump there and a document can name it. */
export interface FindingTarget {
  section: Section;
  /** An item id (outcome, activity, assessment, …); absent for section-level findings. */
  itemId?: string;
  /** The field inside the item or section, e.g. "statement", "ects". */
  field?: string;
}

export type MessageParams = Record<string, string | number>;

export interface Finding {
  code: string;
  severity: Severity;
  /** i18n key of the message: `checks.<code>`; params fill it in. */
  messageKey: string;
  params: MessageParams;
  target: FindingTarget;
  /** Readable path of the target, e.g. "outcomes[lo-2].statement" (for the CLI and logs). */
  path: string;
}

/** What a rule reports; the registry adds code, severity, message key and path. */
export interface Hit {
  params?: MessageParams;
  target: FindingTarget;
}

/** Catalog-derived input the checks need (built once per language). */
export interface CheckContext {
  verbs: VerbIndex;
}

/** What every rule receives: the context plus values derived once per run. */
export interface RuleContext extends CheckContext {
  alignment: AlignmentMatrix;
  workload: WorkloadTotals;
}

export type CheckFamily =
  | 'eu'
  | 'syllabus'
  | 'alignment'
  | 'workload'
  | 'outcomes'
  | 'challenge'
  | 'interpretation'
  | 'balance'
  | 'europass'
  | 'translation';

export interface CheckDefinition {
  code: string;
  severity: Severity;
  family: CheckFamily;
  /** The readings this check applies to. */
  interpretations: readonly Interpretation[];
  run(design: Design, context: RuleContext): Hit[];
}
