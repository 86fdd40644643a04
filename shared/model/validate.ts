import type * as z from 'zod';
import { message, type Message } from '../errors';
import { quoted } from '../text';
import { Design } from './design';

/**
 * One thing wrong with a design file, located by JSON path ("$.outcomes[2].bloom") or by line;
 * a message (its English, and its key where the catalogue has it).
 */
export interface Problem extends Message {
  code: ProblemCode;
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

/** What a JSON value is, as a message ("a list"): `errors.problem.found.*`. */
function kindOf(value: unknown): Message {
  if (value === null) return message('errors.problem.found.null');
  // JSON has no infinity: 1e400 parses to it, a number beyond what a computer stores.
  if (typeof value === 'number' && !Number.isFinite(value)) return message('errors.problem.found.hugeNumber');
  if (Array.isArray(value)) return message('errors.problem.found.list');
  const kind = typeof value;
  return kind === 'object' || kind === 'string' || kind === 'number' || kind === 'boolean'
    ? message(`errors.problem.found.${kind}`)
    : { message: `a ${kind}` };
}

/** A zod issue as a problem: keyed where the wording is ours; zod's own and the schema's words stay as they are. */
function describeIssue(issue: z.core.$ZodIssue, input: unknown, path: string): Message {
  if (issue.code === 'invalid_type') {
    const value = valueAt(input, issue.path);
    return value === undefined
      ? message('errors.problem.missing', { path, expected: issue.expected })
      : message('errors.problem.wrongType', { path, expected: issue.expected, found: kindOf(value) });
  }
  if (issue.code === 'unrecognized_keys') {
    const fields = issue.keys
      .slice(0, 5)
      .map((key) => quoted(key))
      .join(', ');
    const more = issue.keys.length - 5;
    return more > 0
      ? message('errors.problem.unknownFieldsMore', { path, fields, more })
      : message('errors.problem.unknownFields', { path, fields, count: issue.keys.length });
  }
  return { message: `${path}: ${issue.message.charAt(0).toLowerCase() + issue.message.slice(1)}` };
}

/** Beyond this, more problems say nothing new: a list of 100,000 lines helps nobody. */
const MAX_PROBLEMS = 50;

export function schemaProblems(error: z.ZodError, input: unknown): Problem[] {
  const problems: Problem[] = error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const path = jsonPath(issue.path);
    return { code: 'schema', path, ...describeIssue(issue, input, path) };
  });
  const more = error.issues.length - problems.length;
  if (more > 0) problems.push({ code: 'schema', ...message('errors.problem.more', { count: more }) });
  return problems;
}

/** Validates an already-migrated, current-version object. */
export function validateDesign(value: unknown): ValidationResult {
  const result = Design.safeParse(value);
  return result.success
    ? { ok: true, design: result.data }
    : { ok: false, problems: schemaProblems(result.error, value) };
}
