import { targetPath } from '../checks/report';
import type { Finding, FindingTarget, MessageParams } from '../checks/types';
import type { Design } from '../model';
import { parseElmId } from './elm-ids';
import { languageCode, type ElmVocabularies } from './vocabularies';

/**
 * Turning a SHACL report on the ELM export into findings a person can act on: plain words
 * (i18n `checks.europass.*`, the same messages the design checks use) and the design path of
 * the field that fixes it, in the form `data-field` and check findings use.
 */

/** One result of a SHACL validation report, as the service reads it. */
export interface ShapeViolation {
  /** IRI or blank-node label of the node that fails. */
  focusNode: string;
  /** The property (predicate IRI), when the constraint is on one. */
  path?: string;
  /** The SHACL constraint component, e.g. "MinCountConstraintComponent". */
  constraint: string;
  /** The shape that holds the constraint (IRI, or blank-node label). */
  shape: string;
  /** The value that fails, when there is one. */
  value?: string;
  /** The shapes' own English message. */
  message: string;
}

export type EuropassProfile = 'LOQ' | 'EDC';

export interface CredentialFinding extends Finding {
  /** The shape result behind the finding (absent for what is found before validation). */
  violation?: ShapeViolation & { profile: EuropassProfile };
}

const ELM = 'http://data.europa.eu/snb/model/elm/';
const DC = 'http://purl.org/dc/terms/';
const FOAF = 'http://xmlns.com/foaf/0.1/';
const ROV = 'http://www.w3.org/ns/regorg#';
const CRED = 'https://www.w3.org/2018/credentials#';

/** The part of an IRI after its namespace: "homepage", "ISCEDFCode". */
const localName = (iri: string) => iri.replace(/^.*[#/]/, '');

type Rule = { target: FindingTarget; code: string; params?: MessageParams };
const credential = (field: string): FindingTarget => ({ section: 'credential', field });
const offering = (field: string) => credential(`offering.${field}`);
const body = (design: Design, id: string, field: string): Rule['params'] & object => ({
  body: design.credential.awardingBodies.find((b) => b.id === id)?.name || id,
  field,
});

/** Where a violation on (node, property) is fixed, and how to say it. */
function ruleFor(design: Design, violation: ShapeViolation): Rule | undefined {
  const node = parseElmId(violation.focusNode);
  const property = violation.path ?? '';
  if (!node || node.designId !== design.id) return undefined;
  const item = node.itemId ?? '';
  const orgId = item.startsWith('org:') ? item.slice(4) : undefined;
  switch (node.kind) {
    case 'learningOpportunity':
    case 'learningAchievementSpec':
    case 'learningAchievement':
    case 'displayParameter':
      switch (property) {
        case `${DC}title`:
          return { target: { section: 'overview', field: 'title' }, code: 'europass.title-missing' };
        case `${FOAF}homepage`:
          return { target: offering('homepage'), code: 'europass.homepage-missing' };
        case `${ELM}providedBy`:
        case `${ELM}awardingOpportunity`:
        case `${CRED}issuer`:
          return { target: credential('awardingBodies'), code: 'europass.provider-missing' };
        case `${ELM}defaultLanguage`:
        case `${ELM}primaryLanguage`:
          return {
            target: { section: 'overview', field: 'language' },
            code: 'europass.language-unknown',
            params: { language: design.language },
          };
        case `${ELM}location`:
          return { target: offering('locationCountry'), code: 'europass.place-country-missing' };
        case `${ELM}ISCEDFCode`:
          return { target: credential('subjectAreas'), code: 'europass.subject-area-missing' };
        case `${ELM}learningSetting`:
          return { target: credential('learningSetting'), code: 'europass.learning-setting-missing' };
        case `${DC}language`:
          return { target: offering('languagesOfInstruction'), code: 'europass.shape' };
        case `${ELM}learningOutcome`:
          return { target: { section: 'outcomes' }, code: 'europass.shape' };
        case `${ELM}creditPoint`:
          return { target: credential('ects'), code: 'europass.shape', params: { field: 'ects' } };
        case `${ELM}educationLevel`:
          return { target: credential('eqfLevel'), code: 'europass.shape', params: { field: 'eqfLevel' } };
      }
      return undefined;
    case 'org':
      if (property === `${ELM}location`)
        return {
          target: credential(`awardingBodies[${item}].country`),
          code: 'europass.body-country-missing',
          params: body(design, item, 'country'),
        };
      if (property === `${ROV}legalName`)
        return { target: credential(`awardingBodies[${item}].name`), code: 'europass.body-name-missing' };
      if (property === `${FOAF}homepage`)
        return {
          target: credential(`awardingBodies[${item}].url`),
          code: 'europass.shape',
          params: body(design, item, 'url'),
        };
      return { target: credential(`awardingBodies[${item}]`), code: 'europass.shape', params: body(design, item, '') };
    case 'location':
    case 'address':
      return orgId
        ? {
            target: credential(`awardingBodies[${orgId}].country`),
            code: 'europass.body-country-missing',
            params: body(design, orgId, 'country'),
          }
        : { target: offering('locationCountry'), code: 'europass.place-country-missing' };
    case 'webResource':
      return orgId
        ? {
            target: credential(`awardingBodies[${orgId}].url`),
            code: 'europass.shape',
            params: body(design, orgId, 'url'),
          }
        : { target: offering('homepage'), code: 'europass.homepage-missing' };
    case 'learningOutcome':
      return {
        target: {
          section: 'outcomes',
          itemId: item,
          field: property === `${ELM}relatedESCOSkill` ? 'escoUri' : 'statement',
        },
        code: 'europass.shape',
      };
    case 'learningAssessmentSpec':
      return { target: { section: 'assessment', itemId: item, field: 'title' }, code: 'europass.shape' };
    case 'learningActivitySpec':
      return { target: { section: 'journey', itemId: item, field: 'title' }, code: 'europass.shape' };
    case 'note':
      return item === 'prerequisites'
        ? { target: credential('prerequisites'), code: 'europass.shape' }
        : { target: { section: 'credential' }, code: 'europass.shape' };
    default:
      return undefined;
  }
}

function finding(rule: Rule, violation?: ShapeViolation & { profile: EuropassProfile }): CredentialFinding {
  const params: MessageParams = {
    ...(violation
      ? {
          profile: violation.profile,
          property: violation.path ? localName(violation.path) : '',
          node: localName(violation.focusNode.replace(/:[^:]*$/, '')) || violation.focusNode,
          detail: violation.message,
        }
      : {}),
    ...rule.params,
  };
  return {
    code: rule.code,
    severity: 'error',
    messageKey: `checks.${rule.code}`,
    params,
    target: rule.target,
    path: targetPath(rule.target),
    ...(violation ? { violation } : {}),
  };
}

/** Findings for the violations of one profile; several violations of one field say it once. */
export function violationFindings(
  design: Design,
  violations: readonly ShapeViolation[],
  profile: EuropassProfile,
): CredentialFinding[] {
  const seen = new Set<string>();
  const findings: CredentialFinding[] = [];
  for (const violation of violations) {
    const rule = ruleFor(design, violation) ?? { target: { section: 'credential' }, code: 'europass.shape' };
    const result = finding(rule, { ...violation, profile });
    const key = `${result.code}\0${result.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(result);
  }
  return findings;
}

/**
 * What the shapes cannot see because the export leaves it out: codes Europass has no concept
 * for (an ISCED-F field that does not exist, a language or country without an EU code).
 */
export function vocabularyFindings(design: Design, vocabularies: ElmVocabularies): CredentialFinding[] {
  const findings: CredentialFinding[] = [];
  design.credential.subjectAreas.forEach((code) => {
    if (!(code in vocabularies.iscedF))
      findings.push(
        finding({ target: credential('subjectAreas'), code: 'europass.subject-area-unknown', params: { code } }),
      );
  });
  design.offering.languagesOfInstruction.forEach((language) => {
    if (!languageCode(vocabularies, language))
      findings.push(
        finding({
          target: offering('languagesOfInstruction'),
          code: 'europass.language-unknown',
          params: { language },
        }),
      );
  });
  for (const awardingBody of design.credential.awardingBodies)
    if (awardingBody.country && !(awardingBody.country in vocabularies.countries))
      findings.push(
        finding({
          target: credential(`awardingBodies[${awardingBody.id}].country`),
          code: 'europass.body-country-missing',
          params: body(design, awardingBody.id, 'country'),
        }),
      );
  return findings;
}
