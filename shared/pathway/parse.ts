import { message } from '../errors';
import {
  parseFileBytes,
  parseFileText,
  tooLargeProblem,
  type FileKind,
  type ParsedFile,
  type Problem,
  validateWith,
} from '../model';
import { MAX_PATHWAY_FILE_BYTES, migratePathway, Pathway, PATHWAY_FILE_EXTENSION } from './model';

/** A design file opened where a pathway is expected. */
const designNotPathway = (json: Record<string, unknown>) =>
  json['type'] !== 'pathway' && ('interpretation' in json || 'outcomes' in json)
    ? message('errors.problem.designNotPathway')
    : null;

/** Pathway files (.cbpath) go through the same read pipeline as design files (shared/model/parse.ts). */
export const PATHWAY_FILE: FileKind<Pathway> = {
  noun: 'pathway',
  extension: PATHWAY_FILE_EXTENSION,
  maxBytes: MAX_PATHWAY_FILE_BYTES,
  migrate: migratePathway,
  validate: validateWith(Pathway),
  otherKind: designNotPathway,
};

export const parsePathwayText = (text: string): ParsedFile<Pathway> => parseFileText(text, PATHWAY_FILE);
export const parsePathwayBytes = (bytes: Uint8Array): ParsedFile<Pathway> => parseFileBytes(bytes, PATHWAY_FILE);

/** A pathway file's text: stable key order, 2-space indent, final newline (as design files). */
export const serialisePathway = (pathway: Pathway): string => `${JSON.stringify(pathway, null, 2)}\n`;

/** The problem of a pathway file over the size limit (found before reading it all). */
export const tooLargePathway = (size: number): Problem => tooLargeProblem(size, PATHWAY_FILE);
