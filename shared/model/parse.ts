import type * as z from 'zod';
import { parseTree, printParseErrorCode, type ParseError as JsoncParseError } from 'jsonc-parser';
import { migrateToCurrent, type MigrationResult } from './migrations';
import { jsonPath, schemaProblems, type Problem, type ValidationResult } from './validate';
import { Design } from './design';
import { DESIGN_FILE_EXTENSION } from '../product';
import { message, type Message, type MessageParams } from '../errors';

declare class TextDecoder {
  constructor(label: string, options?: { fatal?: boolean });
  decode(input: Uint8Array): string;
}

export { DESIGN_FILE_EXTENSION, isDesignFileName } from '../product';

/** Designs are small (a large one is ~1 MB); anything far bigger is not a design file. */
export const MAX_DESIGN_FILE_BYTES = 20 * 1024 * 1024;
/** The schema is at most ~8 levels deep; deeper input is hostile or broken. */
const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * One kind of Challenge Designer file (a design, a pathway) as the read pipeline sees it: every
 * kind goes through the same checks, in the same order, with messages naming what it holds.
 */
export interface FileKind<T> {
  /** What the file holds, in messages: "design", "pathway" (`errors.problem.<noun>.*`). */
  noun: 'design' | 'pathway';
  /** ".cbld", ".cbpath". */
  extension: string;
  maxBytes: number;
  /** Version check and migration of the parsed JSON. */
  migrate(input: Record<string, unknown>): MigrationResult;
  /** Schema validation of the migrated JSON. */
  validate(value: Record<string, unknown>): { ok: true; value: T } | { ok: false; problems: Problem[] };
  /** A sentence when the JSON is another kind of Challenge Designer file; null when it is not. */
  otherKind?(json: Record<string, unknown>): Message | null;
}

export type ParsedFile<T> = { ok: true; value: T; fromVersion: number } | { ok: false; problems: Problem[] };

export interface ParsedDesign {
  design: Design;
  /** The schema version the file was written with (lower than current when migrated). */
  fromVersion: number;
}

export type ParseResult = ({ ok: true } & ParsedDesign) | { ok: false; problems: Problem[] };

const fail = (problem: Problem): { ok: false; problems: Problem[] } => ({ ok: false, problems: [problem] });

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** A problem of one kind of file: `errors.problem.design.empty`, `errors.problem.pathway.empty`… */
const kindMessage = (noun: FileKind<unknown>['noun'], name: string, params: MessageParams = {}) =>
  message(`errors.problem.${noun}.${name}`, params);

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** jsonc-parser's error names that have a sentence (`errors.problem.syntax.*`); others are "unexpected input". */
const SYNTAX_REASONS = new Set([
  'InvalidSymbol',
  'InvalidNumberFormat',
  'PropertyNameExpected',
  'ValueExpected',
  'ColonExpected',
  'CommaExpected',
  'CloseBraceExpected',
  'CloseBracketExpected',
  'EndOfFileExpected',
  'InvalidCommentToken',
  'UnexpectedEndOfString',
  'InvalidUnicode',
  'InvalidEscapeCharacter',
  'InvalidCharacter',
]);

/** V8's JSON errors often omit the position; jsonc-parser locates the first error exactly. */
function jsonSyntaxProblem(text: string): Problem {
  const errors: JsoncParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  // A text value that never closes runs to the end of the file: that file was cut short.
  const reasonName = first ? printParseErrorCode(first.error) : '';
  const unclosed = reasonName === 'UnexpectedEndOfString';
  const offset = first && !unclosed ? first.offset : text.length;
  const { line, column } = lineAndColumn(text, offset);
  const truncated = unclosed || offset >= text.trimEnd().length;
  const reason = message(`errors.problem.syntax.${SYNTAX_REASONS.has(reasonName) ? reasonName : 'other'}`);
  return {
    code: 'json-syntax',
    line,
    column,
    ...(truncated
      ? message('errors.problem.truncated', { line, column })
      : message('errors.problem.jsonSyntax', { line, column, reason })),
  };
}

/**
 * Counts brackets outside strings, without parsing: absurd nesting is refused before any parser
 * that recurses (the syntax error locator, the schema) sees it, with the place it starts.
 */
function nestingProblem(text: string, noun: FileKind<unknown>['noun']): Problem | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x22) {
      // Jump over the text value to its closing quote (one not escaped by an odd run of backslashes).
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i === -1) return null; // never closed: JSON.parse says where
        let backslashes = 0;
        while (text.charCodeAt(i - 1 - backslashes) === 0x5c) backslashes++;
        if (backslashes % 2 === 0) break;
      }
    } else if (char === 0x5b || char === 0x7b) {
      if (++depth > MAX_DEPTH) {
        const { line, column } = lineAndColumn(text, i);
        return {
          code: 'too-deep',
          line,
          column,
          ...kindMessage(noun, 'tooDeep', { max: MAX_DEPTH, line, column }),
        };
      }
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return null;
}

/** Walks the parsed JSON without recursion: rejects prototype keys. */
function forbiddenKeyProblem(root: unknown, noun: FileKind<unknown>['noun']): Problem | null {
  type Node = { value: unknown; key: PropertyKey | null; parent: Node | null };
  const pathOf = (node: Node) => {
    const keys: PropertyKey[] = [];
    for (let at: Node | null = node; at && at.key !== null; at = at.parent) keys.unshift(at.key);
    return keys;
  };
  const stack: Node[] = [{ value: root, key: null, parent: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const { value } = node;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, key: index, parent: node }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        const path = jsonPath(pathOf(node));
        return {
          code: 'forbidden-key',
          path,
          ...kindMessage(noun, 'forbiddenKey', { path, key }),
        };
      }
      stack.push({ value: (value as Record<string, unknown>)[key], key, parent: node });
    }
  }
  return null;
}

/** The whole read pipeline after decoding: JSON → safety → version → migration → schema. */
export function parseFileText<T>(rawText: string, kind: FileKind<T>): ParsedFile<T> {
  const { noun } = kind;
  // A UTF-8 byte-order mark (Windows Notepad adds one) is harmless: drop it.
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  if (text.trim() === '') return fail({ code: 'empty', ...kindMessage(noun, 'empty') });
  const nesting = nestingProblem(text, noun);
  if (nesting) return fail(nesting);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(jsonSyntaxProblem(text));
  }
  const structural = forbiddenKeyProblem(json, noun);
  if (structural) return fail(structural);
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return fail({
      code: 'not-a-design',
      path: '$',
      ...kindMessage(noun, 'notAnObject'),
    });
  const other = kind.otherKind?.(json as Record<string, unknown>);
  if (other) return fail({ code: 'other-kind', path: '$', ...other });

  const migration = kind.migrate(json as Record<string, unknown>);
  if (migration.kind === 'newer')
    return fail({
      code: 'newer-version',
      path: '$.schemaVersion',
      ...kindMessage(noun, 'newerVersion', { version: migration.version }),
    });
  if (migration.kind === 'unversioned')
    return fail({
      code: 'unversioned',
      path: '$.schemaVersion',
      ...message('errors.problem.unversioned'),
    });

  const result = kind.validate(migration.value);
  if (!result.ok) return result;
  return { ok: true, value: result.value, fromVersion: migration.from };
}

/** A pathway file opened where a design is expected. */
const pathwayNotDesign = (json: Record<string, unknown>) =>
  json['type'] === 'pathway' ? message('errors.problem.pathwayNotDesign') : null;

/** A file kind's `validate`: the zod schema's verdict, its problems worded as for every file. */
export const validateWith =
  <T>(schema: z.ZodType<T>): FileKind<T>['validate'] =>
  (value) => {
    const result = schema.safeParse(value);
    return result.success
      ? { ok: true, value: result.data }
      : { ok: false, problems: schemaProblems(result.error, value) };
  };

/** Design files (.cbld). */
export const DESIGN_FILE: FileKind<Design> = {
  noun: 'design',
  extension: DESIGN_FILE_EXTENSION,
  maxBytes: MAX_DESIGN_FILE_BYTES,
  migrate: migrateToCurrent,
  validate: validateWith(Design),
  otherKind: pathwayNotDesign,
};

const asDesign = (result: ParsedFile<Design>): ParseResult =>
  result.ok ? { ok: true, design: result.value, fromVersion: result.fromVersion } : result;

/** The read pipeline for a design's text. */
export function parseDesignText(rawText: string): ParseResult {
  return asDesign(parseFileText(rawText, DESIGN_FILE));
}

export function tooLargeProblem(
  size: number,
  kind: Pick<FileKind<unknown>, 'noun' | 'maxBytes'> = DESIGN_FILE,
): Problem {
  const limitBytes = kind.maxBytes;
  // "20.0 MB; at most 20.0 MB" says nothing: just over the limit, the bytes tell the difference.
  const [found, limit] =
    megabytes(size) === megabytes(limitBytes)
      ? [
          message('errors.problem.bytes', { value: size }),
          message('errors.problem.bytesAndMegabytes', { value: limitBytes, megabytes: megabytes(limitBytes) }),
        ]
      : [
          message('errors.problem.megabytes', { value: megabytes(size) }),
          message('errors.problem.megabytes', { value: megabytes(limitBytes) }),
        ];
  return { code: 'too-large', ...kindMessage(kind.noun, 'tooLarge', { found, limit }) };
}

/**
 * Text in another Unicode encoding, named from its byte-order mark or, without one, from where
 * the zero bytes of its first (ASCII) characters fall (the detection of RFC 4627, section 3).
 */
function otherUnicodeEncoding(bytes: Uint8Array): Message | null {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  const name = (() => {
    if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'utf32leBom';
    if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf32beBom';
    if (a === 0xff && b === 0xfe) return 'utf16leBom';
    if (a === 0xfe && b === 0xff) return 'utf16beBom';
    if (bytes.length < 4) return null;
    if (a === 0 && b === 0 && c === 0 && d !== 0) return 'utf32be';
    if (a !== 0 && b === 0 && c === 0 && d === 0) return 'utf32le';
    if (a === 0 && b !== 0 && c === 0 && d !== 0) return 'utf16be';
    if (a !== 0 && b === 0 && c !== 0 && d === 0) return 'utf16le';
    return null;
  })();
  return name ? message(`errors.problem.encodingName.${name}`) : null;
}

/**
 * Where UTF-8 goes wrong: the offset of the first malformed sequence, and whether it is a
 * character cut short by the end of the file. Null when the bytes are valid UTF-8.
 */
function utf8Error(bytes: Uint8Array): { offset: number; cut: boolean } | null {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // Well-formed sequences (Unicode, table 3-7): the lead byte fixes the length and the range of the second byte.
    let need: number;
    let [low, high] = [0x80, 0xbf];
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead === 0xe0) [need, low] = [2, 0xa0];
    else if (lead === 0xed) [need, high] = [2, 0x9f];
    else if (lead >= 0xe1 && lead <= 0xef) need = 2;
    else if (lead === 0xf0) [need, low] = [3, 0x90];
    else if (lead === 0xf4) [need, high] = [3, 0x8f];
    else if (lead >= 0xf1 && lead <= 0xf3) need = 3;
    else return { offset: i, cut: false };
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return { offset: i, cut: true };
      const next = bytes[i + k]!;
      if (next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return { offset: i, cut: false };
    }
    i += need + 1;
  }
  return null;
}

const lineAt = (bytes: Uint8Array, offset: number) => bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;

/** Entry point for raw file bytes (disk, upload, drag and drop) of any kind of file. */
export function parseFileBytes<T>(bytes: Uint8Array, kind: FileKind<T>): ParsedFile<T> {
  const { noun, extension } = kind;
  if (bytes.length > kind.maxBytes) return fail(tooLargeProblem(bytes.length, kind));
  const encoding = otherUnicodeEncoding(bytes);
  if (encoding)
    return fail({
      code: 'encoding',
      ...kindMessage(noun, 'encoding', { encoding }),
    });
  if (bytes.includes(0))
    return fail({
      code: 'binary',
      ...kindMessage(noun, 'binary', { extension }),
    });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const error = utf8Error(bytes);
    return fail({
      code: 'encoding',
      ...(error?.cut
        ? message('errors.problem.cutCharacter')
        : kindMessage(noun, 'notUtf8', { line: lineAt(bytes, error?.offset ?? 0), byte: error?.offset ?? 0 })),
    });
  }
  return parseFileText(text, kind);
}

/** Entry point for a design file's raw bytes (disk, upload, drag and drop). */
export function parseDesignBytes(bytes: Uint8Array): ParseResult {
  return asDesign(parseFileBytes(bytes, DESIGN_FILE));
}

export type { ValidationResult };
