import type { Catalog } from '../../../shared/catalog';
import {
  designToElm,
  designToElmCredential,
  ISSUER_ONLY_PROPERTIES,
  pathwayToElm,
  type ElmPathway,
} from '../../../shared/credentials/elm';
import { elmId } from '../../../shared/credentials/elm-ids';
import { credentialFileName } from '../../../shared/credentials/file-name';
import { CREDENTIAL_MIME, type CredentialFormat } from '../../../shared/credentials/formats';
import {
  violationFindings,
  vocabularyFindings,
  type CredentialFinding,
  type ShapeViolation,
} from '../../../shared/credentials/findings';
import { importCredential as importDocument, type CredentialImport } from '../../../shared/credentials/import';
import { designToAchievement, designToOpenBadgeCredential } from '../../../shared/credentials/ob3';
import { message, MessageError, messageOf } from '../../../shared/errors';
import { MAX_DESIGN_FILE_BYTES, type Design } from '../../../shared/model';
import type { Interpretation } from '../../../shared/model';
import { CatalogService } from '../catalog/catalog-service';
import { findTemplatesDir } from '../catalog/templates';
import { loadElmVocabularies } from './vocabularies';

/**
 * Machine-readable credentials: the entry points the app, the server (both through the export
 * thread's jobs) and the CLI call. Light to import: the mappings are pure (shared/credentials); the JSON-LD and
 * SHACL libraries load on the first validation only (`await import('./shacl')`), and the build
 * splits them into their own chunk, so they never load at CLI or app start.
 */
export { CREDENTIAL_FORMATS, CREDENTIAL_MIME, type CredentialFormat } from '../../../shared/credentials/formats';

export interface CredentialFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

export interface CredentialOptions {
  /** templates/ (found from this module by default). */
  templatesDir?: string;
  /** Reference data for competence and SDG names; loaded for the design's language when absent. */
  catalog?: Catalog;
}

const catalogs = new Map<string, CatalogService>();
function catalogFor(language: string, options: CredentialOptions): Catalog {
  if (options.catalog) return options.catalog;
  const dir = options.templatesDir ?? findTemplatesDir();
  let service = catalogs.get(dir);
  if (!service) {
    service = new CatalogService(dir);
    catalogs.set(dir, service);
  }
  return service.get(language);
}

function context(design: Design, options: CredentialOptions) {
  return { vocabularies: loadElmVocabularies(options.templatesDir), catalog: catalogFor(design.language, options) };
}

/** The document of one format, as a JSON value. */
export function credentialDocument(design: Design, format: CredentialFormat, options: CredentialOptions = {}): object {
  const ctx = context(design, options);
  switch (format) {
    case 'elm':
      return designToElm(design, ctx);
    case 'elm-credential':
      return designToElmCredential(design, ctx);
    case 'ob3':
      return designToAchievement(design, ctx);
    case 'ob3-credential':
      return designToOpenBadgeCredential(design, ctx);
  }
}

/** The design as a file in one of the machine-readable formats (UTF-8 JSON, indented). */
export function exportCredential(
  design: Design,
  format: CredentialFormat,
  options: CredentialOptions = {},
): CredentialFile {
  const text = `${JSON.stringify(credentialDocument(design, format, options), null, 2)}\n`;
  return {
    fileName: credentialFileName(design, format),
    mime: CREDENTIAL_MIME[format],
    bytes: new TextEncoder().encode(text),
  };
}

export interface EuropassValidation {
  /** No findings: the ELM export conforms to the LOQ and EDC generic shapes. */
  conforms: boolean;
  findings: CredentialFinding[];
}

/** Node types the export must contain for a validation to mean anything (shapes pass on an empty graph). */
const ELM_CLASS = 'http://data.europa.eu/snb/model/elm/';
export class VacuousValidationError extends MessageError {
  override name = 'VacuousValidationError';
}

export function expectNode(types: Map<string, Set<string>>, id: string, type: string): void {
  if (!types.get(id)?.has(`${ELM_CLASS}${type}`))
    throw new VacuousValidationError(message('errors.credentials.vacuous', { type, id }));
}

/**
 * Validates the design's ELM export against the LOQ profile (what the Qualification Dataset
 * Register accepts) and the EDC generic profile with its controlled vocabularies. Every
 * violation becomes a finding in plain words with the design path of the field that fixes it.
 */
export async function validateForEuropass(
  design: Design,
  options: CredentialOptions = {},
): Promise<EuropassValidation> {
  const ctx = context(design, options);
  const findings = vocabularyFindings(design, ctx.vocabularies);
  for (const { profile, results } of await validateElmProfiles(
    designToElm(design, ctx),
    design.id,
    [design.id],
    options.templatesDir,
  ))
    for (const finding of violationFindings(design, results, profile))
      if (!findings.some((f) => f.code === finding.code && f.path === finding.path)) findings.push(finding);
  return { conforms: findings.length === 0, findings };
}

/**
 * An ELM document (a learning opportunity and its specifications) against the LOQ and the EDC
 * generic shapes, each report once the graph is seen to hold the opportunity `id` and every
 * specification of `specifications`: shapes pass vacuously over a graph without them.
 */
async function validateElmProfiles(
  document: object,
  id: string,
  specifications: readonly string[],
  templatesDir: string | undefined,
): Promise<{ profile: 'LOQ' | 'EDC'; results: ShapeViolation[] }[]> {
  const { validateJsonLd } = await import('./shacl');
  const reports: { profile: 'LOQ' | 'EDC'; results: ShapeViolation[] }[] = [];
  for (const [set, profile] of [
    ['loq', 'LOQ'],
    ['edc', 'EDC'],
  ] as const) {
    const report = await validateJsonLd(document, set, templatesDir);
    expectNode(report.types, elmId('learningOpportunity', id), 'LearningOpportunity');
    for (const specification of specifications)
      expectNode(report.types, elmId('learningAchievementSpec', specification), 'LearningAchievementSpecification');
    reports.push({ profile, results: report.results });
  }
  return reports;
}

/** Whether a violation is one only the issuer can mend (ISSUER_ONLY_PROPERTIES). */
export function isIssuerOnly(violation: ShapeViolation): boolean {
  const path = violation.path ?? '';
  if (path === 'https://www.w3.org/2018/credentials#issuer')
    // The issuer organisation fails IssuerNodeShape only for its eIDAS identifier.
    return violation.constraint === 'NodeConstraintComponent' && violation.message.includes('IssuerNodeShape');
  return path in ISSUER_ONLY_PROPERTIES && violation.constraint === 'MinCountConstraintComponent';
}

/**
 * Validates the unsigned credential against the EDC generic shapes. `issuerOnly` lists what
 * the issuer still adds (dates, page images, eIDAS identifier); `findings` everything else.
 */
export async function validateElmCredential(
  design: Design,
  options: CredentialOptions = {},
): Promise<EuropassValidation & { issuerOnly: ShapeViolation[] }> {
  const { validateJsonLd } = await import('./shacl');
  const { credential } = designToElmCredential(design, context(design, options));
  const report = await validateJsonLd(credential, 'edc', options.templatesDir);
  expectNode(report.types, `urn:credential:${design.id}`, 'EuropeanDigitalCredential');
  expectNode(report.types, elmId('learningAchievementSpec', design.id), 'LearningAchievementSpecification');
  const issuerOnly = report.results.filter(isIssuerOnly);
  const findings = violationFindings(
    design,
    report.results.filter((result) => !isIssuerOnly(result)),
    'EDC',
  );
  return { conforms: findings.length === 0, findings, issuerOnly };
}

/** A pathway's ELM export (a specification with its parts) as a file: `<title>-europass.jsonld`. */
export function exportPathwayElm(pathway: ElmPathway, options: CredentialOptions = {}): CredentialFile {
  const document = pathwayElmDocument(pathway, options);
  return {
    fileName: credentialFileName(pathway, 'elm'),
    mime: CREDENTIAL_MIME.elm,
    bytes: new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`),
  };
}

/**
 * Validates a pathway's ELM export with the same shapes as a design's (LOQ, EDC generic). The
 * violations stay as the shapes report them: the parts' own findings lead to their fields in
 * their own designs ("Validate for Europass" on each part), these name the node and property.
 */
export async function validatePathwayElm(
  pathway: ElmPathway,
  options: CredentialOptions = {},
): Promise<{ conforms: boolean; violations: (ShapeViolation & { profile: 'LOQ' | 'EDC' })[] }> {
  const reports = await validateElmProfiles(
    pathwayElmDocument(pathway, options),
    pathway.id,
    [pathway.id, ...pathway.parts.map((part) => part.design.id)],
    options.templatesDir,
  );
  const violations = reports.flatMap(({ profile, results }) => results.map((result) => ({ ...result, profile })));
  return { conforms: violations.length === 0, violations };
}

/** A pathway as an ELM document: the specification with its parts. */
function pathwayElmDocument(pathway: ElmPathway, options: CredentialOptions): object {
  return pathwayToElm(pathway, {
    vocabularies: loadElmVocabularies(options.templatesDir),
    catalog: catalogFor(pathway.language, options),
  });
}

/** A file that cannot be a credential (too large, not JSON): its sentence is a catalogue message. */
export class CredentialFileError extends MessageError {
  override name = 'CredentialFileError';
}

/**
 * Opens an ELM (specification, learning opportunity, credential, EDC upload) or Open Badges 3.0
 * (Achievement, OpenBadgeCredential) file as a new design, with what did not map.
 */
export function importCredential(
  text: string,
  options: CredentialOptions & { interpretation?: Interpretation } = {},
): CredentialImport {
  if (text.length > MAX_DESIGN_FILE_BYTES)
    throw new CredentialFileError(
      message('errors.credentials.tooLarge', { megabytes: MAX_DESIGN_FILE_BYTES / (1024 * 1024) }),
    );
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // JSON.parse's own words (the engine's English) stay as they are, inside the translated sentence.
    throw new CredentialFileError(message('errors.credentials.notJson', { reason: messageOf(error) }));
  }
  const vocabularies = loadElmVocabularies(options.templatesDir);
  const catalog = catalogFor('en', options);
  return importDocument(document, {
    vocabularies,
    catalog,
    ...(options.interpretation ? { interpretation: options.interpretation } : {}),
  });
}
