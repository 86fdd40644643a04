import type * as z from 'zod';
import { quoted } from '../text';
import { Design } from './design';

/** One thing wrong with a design file, located by JSON path ("$.outcomes[2].bloom") or by line. */
export interface Problem {
  code: ProblemCode;
  message: string;
  path?: string;
  line?: number;
  column?: number;
}

export type ProblemCode =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'encoding'
  | 'json-syntax'
  | 'not-a-design'
  | 'other-kind'
  | 'forbidden-key'
  | 'too-deep'
  | 'newer-version'
  | 'unversioned'
  | 'schema';

export type ValidationResult = { ok: true; design: Design } | { ok: false; problems: Problem[] };

/** "$.outcomes[2].bloom" from zod's path array. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]{0,63}$/.test(name) ? `${out}.${name}` : `${out}[${quoted(name)}]`;
  }, '$');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  // JSON has no infinity: 1e400 parses to it, a number beyond what a computer stores.
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to store';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === 'invalid_type') {
    const value = valueAt(input, issue.path);
    return value === undefined
      ? `missing (expected ${issue.expected})`
      : `expected ${issue.expected}, found ${kindOf(value)}`;
  }
  if (issue.code === 'unrecognized_keys') {
    const shown = issue.keys.slice(0, 5).map((key) => quoted(key));
    const more = issue.keys.length - shown.length;
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${shown.join(', ')}${more > 0 ? ` and ${more.toLocaleString('en')} more` : ''}`;
  }
  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
}

/** Beyond this, more problems say nothing new: a list of 100,000 lines helps nobody. */
const MAX_PROBLEMS = 50;

export function schemaProblems(error: z.ZodError, input: unknown): Problem[] {
  const problems: Problem[] = error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const path = jsonPath(issue.path);
    return { code: 'schema', path, message: `${path}: ${describeIssue(issue, input)}` };
  });
  const more = error.issues.length - problems.length;
  if (more > 0)
    problems.push({ code: 'schema', message: `… and ${more.toLocaleString('en')} more problems of the same kind.` });
  return problems;
}

/** Validates an already-migrated, current-version object. */
export function validateDesign(value: unknown): ValidationResult {
  const result = Design.safeParse(value);
  return result.success
    ? { ok: true, design: result.data }
    : { ok: false, problems: schemaProblems(result.error, value) };
}
