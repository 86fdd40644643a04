import * as z from 'zod';
import type { Catalog } from '../catalog';
import { indexCatalog } from '../catalog';
import type { AwardingBody, Design } from '../model';
import { excerpt } from '../text';
import { languageVariants, type LanguageVariant } from './variants';
import type { ElmVocabularies } from './vocabularies';

/**
 * The design as an Open Badges 3.0 `Achievement` (achievementType MicroCredential) and an
 * unsigned `OpenBadgeCredential` template around it. Pure mappings; the required properties
 * of the 3.0 data model are checked by the zod schemas below (written from the specification:
 * the 1EdTech JSON Schema files are not under a licence this project can ship).
 */
export const OB3_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
] as const;

export interface Ob3Context {
  catalog?: Catalog;
  vocabularies?: ElmVocabularies;
  /** The language variant to write; Open Badges 3.0 has no language maps. The design's own by default. */
  variant?: LanguageVariant;
}

type Json = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A URI for an item of the design: `urn:uuid:` when its id is one, else a URN naming the design. */
export const ob3Id = (designId: string, itemId?: string) =>
  itemId === undefined && UUID.test(designId)
    ? `urn:uuid:${designId}`
    : `urn:challenge-designer:${designId}${itemId === undefined ? '' : `:${itemId}`}`;

const blank = (text: string) => text.trim() === '';
const ESCO_FRAMEWORK = 'ESCO (European Skills, Competences, Qualifications and Occupations)';
const SDG_FRAMEWORK = 'United Nations Sustainable Development Goals';

function profile(design: Design, body: AwardingBody): Json {
  return {
    id: blank(body.url) ? ob3Id(design.id, `org:${body.id}`) : body.url,
    type: ['Profile'],
    name: body.name,
    ...(blank(body.url) ? {} : { url: body.url }),
  };
}

/** What a learner must do to earn the badge, from the design's own words (Markdown). */
function criteriaNarrative(design: Design): string {
  const c = design.credential;
  const summative = design.assessments.filter((a) => a.purpose === 'summative' && !blank(a.title));
  return [
    c.passRule.trim(),
    summative.map((a) => `- ${a.title.trim()} (${a.weight} %)`).join('\n'),
    c.gradingScheme.trim(),
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

function alignments(design: Design, context: Ob3Context): Json[] {
  const index = context.catalog ? indexCatalog(context.catalog) : undefined;
  const result: Json[] = [];
  const seen = new Set<string>();
  const add = (alignment: Json) => {
    const key = `${String(alignment['targetUrl'])}\0${String(alignment['targetCode'] ?? '')}`;
    if (seen.has(key)) return;
    seen.add(key);
    result.push({ type: ['Alignment'], ...alignment });
  };
  const esco = (uri: string, name: string) =>
    add({ targetName: name, targetUrl: uri, targetFramework: ESCO_FRAMEWORK, targetType: 'ceasn:Competency' });

  for (const outcome of design.outcomes)
    if (!blank(outcome.escoUri) && !blank(outcome.statement)) esco(outcome.escoUri, excerpt(outcome.statement, 120));
  for (const competence of design.competences) {
    const { source } = competence;
    if (source.kind === 'custom') {
      if (!blank(source.escoUri)) esco(source.escoUri, source.title);
      continue;
    }
    const found = index?.competence(source.ref);
    const name = found?.competence.title ?? source.ref;
    add({
      targetName: name,
      targetUrl: found?.framework.url ?? `urn:challenge-designer:framework:${source.framework}`,
      targetFramework: found?.framework.name ?? source.framework,
      targetCode: found?.competence.code ?? source.ref,
      targetType: 'ceasn:Competency',
      ...(blank(competence.targetLevel) ? {} : { targetDescription: competence.targetLevel }),
    });
    if (!blank(source.escoUri)) esco(source.escoUri, name);
  }
  for (const code of design.challenge.sdgTargets) {
    const target = index?.target(code);
    add({
      targetName: target ? `${code} ${target.title}` : `SDG target ${code}`,
      targetUrl: `https://sdgs.un.org/goals/goal${code.split('.')[0]}`,
      targetFramework: SDG_FRAMEWORK,
      targetCode: code,
    });
  }
  return result;
}

/** The design as an Open Badges 3.0 Achievement of type MicroCredential. */
export function designToAchievement(design: Design, context: Ob3Context = {}): Json {
  const variant = context.variant ?? languageVariants(design)[0]!;
  const c = design.credential;
  const creator = c.awardingBodies.find((body) => !blank(body.name));
  // ISCED-F labels repeat across levels ("0988" and "098"): the code goes first, then the label.
  const fields = c.subjectAreas.map((code) => `${code} ${context.vocabularies?.iscedF[code] ?? ''}`.trim());
  const narrative = criteriaNarrative(design);
  return {
    '@context': [...OB3_CONTEXT],
    id: ob3Id(design.id),
    type: ['Achievement'],
    achievementType: 'MicroCredential',
    name: variant.title.trim(),
    description: variant.summary.trim(),
    criteria: narrative ? { narrative } : {},
    ...(design.version ? { version: design.version } : {}),
    inLanguage: variant.language,
    ...(c.ects !== null && c.ects > 0 ? { creditsAvailable: c.ects } : {}),
    ...(fields.length > 0 ? { fieldOfStudy: fields.join('; ') } : {}),
    ...(creator ? { creator: profile(design, creator) } : {}),
    alignment: alignments(design, context),
    ...(c.eqfLevel !== null ? { tag: [`EQF ${c.eqfLevel}`] } : {}),
  };
}

/**
 * Properties of an OpenBadgeCredential only its issuer fills, and why. The template passes the
 * credential schema except for exactly these.
 */
export const OB3_ISSUER_ONLY = {
  validFrom: 'the date from which the credential is valid, set when the issuer signs it',
  'credentialSubject.id': 'the learner the badge is awarded to (an id or an identifier)',
} as const;

/** An unsigned OpenBadgeCredential around the Achievement; learner, dates and proof are the issuer's. */
export function designToOpenBadgeCredential(design: Design, context: Ob3Context = {}): Json {
  const { '@context': ignored, ...achievement } = designToAchievement(design, context);
  void ignored;
  const issuer = design.credential.awardingBodies.find((body) => !blank(body.name));
  return {
    '@context': [...OB3_CONTEXT],
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: achievement['name'],
    ...(issuer ? { issuer: profile(design, issuer) } : {}),
    credentialSubject: { type: ['AchievementSubject'], achievement },
  };
}

// ── The required properties of the Open Badges 3.0 data model ───────────────────────────────

const Uri = z.string().regex(/^[a-z][a-z0-9+.-]*:\S+$/i, 'must be a URI');
const typeIncludes = (name: string) =>
  z.union([z.literal(name), z.array(z.string()).refine((types) => types.includes(name), `must include "${name}"`)]);
const Text = z.string().trim().min(1, 'must not be empty');

export const Ob3Profile = z.looseObject({ id: Uri, type: typeIncludes('Profile') });
export const Ob3Alignment = z.looseObject({
  type: typeIncludes('Alignment'),
  targetName: Text,
  targetUrl: Uri,
});
export const Ob3Criteria = z
  .looseObject({ id: Uri.optional(), narrative: Text.optional() })
  .refine((criteria) => criteria.id !== undefined || criteria.narrative !== undefined, {
    message: 'needs a narrative (or the id of a page) saying what a learner must do',
  });
export const Ob3Achievement = z.looseObject({
  id: Uri,
  type: typeIncludes('Achievement'),
  name: Text,
  description: Text,
  criteria: Ob3Criteria,
  achievementType: z.string().optional(),
  alignment: z.array(Ob3Alignment).optional(),
  creditsAvailable: z.number().min(0).optional(),
  inLanguage: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)
    .optional(),
  creator: Ob3Profile.optional(),
});
export const Ob3AchievementSubject = z
  .looseObject({
    id: Uri.optional(),
    identifier: z.array(z.looseObject({})).min(1).optional(),
    type: typeIncludes('AchievementSubject'),
    achievement: Ob3Achievement,
  })
  .refine((subject) => subject.id !== undefined || subject.identifier !== undefined, {
    message: 'needs the learner: an id or an identifier',
    path: ['id'],
  });
export const Ob3Credential = z.looseObject({
  '@context': z
    .array(z.string())
    .refine((contexts) => contexts[0] === OB3_CONTEXT[0], 'must start with the Verifiable Credentials 2.0 context')
    .refine(
      (contexts) => contexts.some((context) => context.startsWith('https://purl.imsglobal.org/spec/ob/v3p0/context')),
      'must name the Open Badges 3.0 context',
    ),
  id: Uri.optional(),
  type: z
    .array(z.string())
    .refine(
      (types) => types.includes('VerifiableCredential') && types.includes('OpenBadgeCredential'),
      'must include "VerifiableCredential" and "OpenBadgeCredential"',
    ),
  issuer: Ob3Profile,
  validFrom: z.iso.datetime({ offset: true }),
  name: Text.optional(),
  credentialSubject: Ob3AchievementSubject,
});
