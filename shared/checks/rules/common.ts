import { INTERPRETATIONS, type Interpretation } from '../../model';
import type { CheckDefinition } from '../types';

export const ALL: readonly Interpretation[] = INTERPRETATIONS;

export const blank = (text: string) => text.trim().length === 0;

export function defineChecks(checks: CheckDefinition[]): CheckDefinition[] {
  return checks;
}
