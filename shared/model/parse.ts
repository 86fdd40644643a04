import { parseTree, printParseErrorCode, type ParseError as JsoncParseError } from 'jsonc-parser';
import { migrateToCurrent } from './migrations';
import { schemaProblems, type Problem, type ValidationResult } from './validate';
import { Design } from './design';

declare class TextDecoder {
  constructor(label: string, options?: { fatal?: boolean });
  decode(input: Uint8Array): string;
}

export const DESIGN_FILE_EXTENSION = '.cbld';
/** Any case counts: "Proposal.CBLD" from a Windows share is a design file too. */
export const isDesignFileName = (name: string) => name.toLowerCase().endsWith(DESIGN_FILE_EXTENSION);

/** Designs are small (a large one is ~1 MB); anything far bigger is not a design file. */
export const MAX_DESIGN_FILE_BYTES = 20 * 1024 * 1024;
/** The schema is at most ~8 levels deep; deeper input is hostile or broken. */
const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedDesign {
  design: Design;
  /** The schema version the file was written with (lower than current when migrated). */
  fromVersion: number;
}

export type ParseResult = ({ ok: true } & ParsedDesign) | { ok: false; problems: Problem[] };

const fail = (problem: Problem): ParseResult => ({ ok: false, problems: [problem] });

function formatBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const SYNTAX_REASONS: Partial<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'a field name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the text goes on after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed',
  UnexpectedEndOfString: 'a text value is not closed',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'malformed escape sequence',
  InvalidCharacter: 'a control character inside text',
};

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
  const reason = SYNTAX_REASONS[reasonName] ?? 'unexpected input';
  return {
    code: 'json-syntax',
    line,
    column,
    message: truncated
      ? `The file ends too early at line ${line}, column ${column}: it looks truncated (was it copied or saved completely?).`
      : `The file is not valid JSON at line ${line}, column ${column}: ${reason}.`,
  };
}

/** Walks the parsed JSON without recursion: rejects prototype keys and absurd nesting. */
function findStructuralProblem(root: unknown): Problem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '$', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH)
      return {
        code: 'too-deep',
        path,
        message: `${path} is nested more than ${MAX_DEPTH} levels deep; a design file never is.`,
      };
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: `${path}[${index}]`, depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key))
        return {
          code: 'forbidden-key',
          path,
          message: `${path} contains the key "${key}", which is not allowed in a design file.`,
        };
      stack.push({ value: (value as Record<string, unknown>)[key], path: `${path}.${key}`, depth: depth + 1 });
    }
  }
  return null;
}

/** The whole read pipeline after decoding: JSON → safety → version → migration → schema. */
export function parseDesignText(rawText: string): ParseResult {
  // A UTF-8 byte-order mark (Windows Notepad adds one) is harmless: drop it.
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  if (text.trim() === '') return fail({ code: 'empty', message: 'The file is empty: it holds no design.' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(jsonSyntaxProblem(text));
  }
  const structural = findStructuralProblem(json);
  if (structural) return fail(structural);
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return fail({
      code: 'not-a-design',
      path: '$',
      message: 'The file holds JSON, but not a design (expected an object with "schemaVersion").',
    });

  const migration = migrateToCurrent(json as Record<string, unknown>);
  if (migration.kind === 'newer')
    return fail({
      code: 'newer-version',
      path: '$.schemaVersion',
      message: `This design was made by a newer version of Challenge Designer (file format ${migration.version}). Update the app to open it; the file has not been changed.`,
    });
  if (migration.kind === 'unversioned')
    return fail({
      code: 'unversioned',
      path: '$.schemaVersion',
      message: '$.schemaVersion is missing or not a whole number: this is not a Challenge Designer file.',
    });

  const result = Design.safeParse(migration.value);
  if (!result.success) return { ok: false, problems: schemaProblems(result.error, migration.value) };
  return { ok: true, design: result.data, fromVersion: migration.from };
}

export function tooLargeProblem(size: number): Problem {
  return {
    code: 'too-large',
    message: `The file is ${formatBytes(size)}; design files are at most ${formatBytes(MAX_DESIGN_FILE_BYTES)}. It is probably not a design file.`,
  };
}

/** Entry point for raw file bytes (disk, upload, drag and drop). */
export function parseDesignBytes(bytes: Uint8Array): ParseResult {
  if (bytes.length > MAX_DESIGN_FILE_BYTES) return fail(tooLargeProblem(bytes.length));
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return fail({
      code: 'encoding',
      message: 'The file is saved as UTF-16; design files are UTF-8. Re-save it as UTF-8 and try again.',
    });
  if (bytes.includes(0))
    return fail({
      code: 'binary',
      message: 'The file contains binary data: it is not a design file (.cbld files are text).',
    });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail({
      code: 'encoding',
      message: 'The file is not valid UTF-8 text: it is not a design file, or it was damaged.',
    });
  }
  return parseDesignText(text);
}

export type { ValidationResult };
