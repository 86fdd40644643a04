import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
// The validator's own RDF/JS environment (data model, dataset, clownface), so datasets match it.
import rdf from 'rdf-validate-shacl/src/defaultEnv.js';
import type { ShapeViolation } from '../../../shared/credentials/findings';
import { message, MessageError } from '../../../shared/errors';
import { findTemplatesDir } from '../catalog/templates';
import { localDocumentLoader } from './contexts';

/**
 * SHACL validation of ELM JSON-LD, offline. The Commission's shapes need three repairs to run
 * in JavaScript (templates/elm/README in the kit, and below); each is made when the shapes load,
 * never in the copied files, so they stay as published.
 */
export type ShapeSet = 'loq' | 'edc';

const OWL_IMPORTS = 'http://www.w3.org/2002/07/owl#imports';
const SHAPE_FILES: Record<ShapeSet, string[]> = {
  // The Qualification Dataset Register's profile: what a published learning opportunity must say.
  loq: ['LOQ-constraints.ttl'],
  // The EDC generic profile with its controlled-vocabulary rules (the "full" file imports the other).
  edc: ['EDC-generic-no-cv.ttl', 'EDC-generic-full.ttl'],
};

/**
 * `(?i)` is a Java inline flag that JavaScript's RegExp rejects; this is the same rule
 * (http or https, any case) written without it.
 */
const javaOnlyPattern = (turtle: string) => turtle.replaceAll('^(?i)(http|https):', '^([Hh][Tt][Tt][Pp][Ss]?):');

/** The shape files as one graph, without `owl:imports` (the imported file is loaded beside it). */
export function loadShapes(set: ShapeSet, templatesDir = findTemplatesDir()): Quad[] {
  return SHAPE_FILES[set].flatMap((file) => {
    const turtle = javaOnlyPattern(readFileSync(join(templatesDir, 'elm', 'shapes', file), 'utf8'));
    return new Parser().parse(turtle).filter((quad) => quad.predicate.value !== OWL_IMPORTS);
  });
}

/** One result of a report: the node, property, constraint and shape (shared/credentials/findings.ts). */
export type ShaclResult = ShapeViolation;

export interface ShaclReport {
  conforms: boolean;
  results: ShaclResult[];
  /** The RDF types of every node of the data, for "is the expected node there" checks. */
  types: Map<string, Set<string>>;
}

const validators = new Map<string, SHACLValidator>();

function validatorFor(set: ShapeSet, templatesDir: string): SHACLValidator {
  const key = `${templatesDir}\0${set}`;
  let validator = validators.get(key);
  if (!validator) {
    validator = new SHACLValidator(rdf.dataset(loadShapes(set, templatesDir)));
    validators.set(key, validator);
  }
  return validator;
}

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

export class JsonLdError extends MessageError {
  override name = 'JsonLdError';
}

type JsonLdFailure = {
  details?: { cause?: unknown; event?: { code?: string; message?: string; details?: Record<string, unknown> } };
};

/**
 * jsonld's errors in one sentence: the term its contexts lack, or the context it cannot load.
 * jsonld's own words (and the term) stay as they are, inside the translated sentence.
 */
function readable(error: unknown): Error {
  const details = (error as JsonLdFailure).details;
  if (details?.cause instanceof Error) return details.cause;
  const event = details?.event;
  if (event) {
    const what = event.details?.['property'] ?? event.details?.['type'] ?? event.details?.['value'];
    const named = what === undefined ? '' : ` (${JSON.stringify(what)})`;
    return new JsonLdError(
      message('errors.credentials.notJsonLd', { reason: `${event.message ?? event.code ?? ''}${named}`.trim() }),
    );
  }
  return error instanceof Error ? error : new JsonLdError(String(error));
}

const options = (templatesDir?: string) => ({ documentLoader: localDocumentLoader(templatesDir), safe: true });

/** JSON-LD → RDF quads, offline, in safe mode: a term no context defines is an error, not dropped. */
export async function toQuads(document: object, templatesDir?: string): Promise<Quad[]> {
  let nquads: string;
  try {
    const rdfOptions = { ...options(templatesDir), format: 'application/n-quads' };
    nquads = (await jsonld.toRDF(
      document as jsonld.JsonLdDocument,
      rdfOptions as jsonld.Options.ToRdf,
    )) as unknown as string;
  } catch (error) {
    throw readable(error);
  }
  return new Parser({ format: 'N-Quads' }).parse(nquads);
}

/** Validates a JSON-LD document against one shape set. The parsed shapes are kept for the next call. */
export async function validateJsonLd(
  document: object,
  set: ShapeSet,
  templatesDir = findTemplatesDir(),
): Promise<ShaclReport> {
  const quads = await toQuads(document, templatesDir);
  const validator = validatorFor(set, templatesDir);
  const report = await validator.validate(rdf.dataset(quads));
  const types = new Map<string, Set<string>>();
  for (const quad of quads)
    if (quad.predicate.value === RDF_TYPE) {
      const set = types.get(quad.subject.value) ?? new Set<string>();
      set.add(quad.object.value);
      types.set(quad.subject.value, set);
    }
  return {
    conforms: report.conforms,
    types,
    results: report.results.map((result) => ({
      focusNode: result.focusNode?.value ?? '',
      ...(result.path ? { path: result.path.value } : {}),
      constraint: (result.sourceConstraintComponent?.value ?? '').replace(/^.*#/, ''),
      shape: result.sourceShape?.value ?? '',
      ...(result.value ? { value: result.value.value } : {}),
      message: result.message.map((m) => m.value).join(' '),
    })),
  };
}

const ISSUER_DEPENDENT = 'https://www.w3.org/ns/credentials/issuer-dependent#';

/**
 * Expands a JSON-LD document offline in safe mode (a term no context defines is an error) and
 * returns the expanded form. Throws with jsonld's reason when it does not expand.
 */
export async function expandSafely(document: object, templatesDir?: string): Promise<unknown[]> {
  let expanded: unknown[];
  try {
    expanded = await jsonld.expand(document as jsonld.JsonLdDocument, options(templatesDir) as jsonld.Options.Expand);
  } catch (error) {
    throw readable(error);
  }
  // VC 2.0 maps undefined terms to an "issuer-dependent" vocabulary rather than failing.
  const text = JSON.stringify(expanded);
  if (text.includes(ISSUER_DEPENDENT))
    throw new JsonLdError(message('errors.credentials.undefinedTerms', { vocabulary: ISSUER_DEPENDENT }));
  return expanded;
}

/**
 * Parses both shape sets now rather than on the first validation (about 0.3 s): for a worker
 * thread to call while idle, so "validate for Europass" answers at once.
 */
export function preloadShapes(templatesDir = findTemplatesDir()): void {
  validatorFor('loq', templatesDir);
  validatorFor('edc', templatesDir);
}
