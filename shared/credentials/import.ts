import type { Catalog } from '../catalog';
import { indexCatalog } from '../catalog';
import {
  ASSESSMENT_METHODS,
  ASSESSMENT_PURPOSES,
  ESCO_SKILL_URI,
  FRAMEWORK_IDS,
  INTEGRATIONS,
  LEARNING_TYPES,
  MAX_SHORT_TEXT,
  MAX_TEXT,
  createActivity,
  createAssessment,
  createDesign,
  createOutcome,
  newId,
  validateDesign,
  type Assessment,
  type AwardingBody,
  type Design,
  type Competence,
  type FrameworkId,
  type Interpretation,
  type LearningActivity,
  type LearningOutcome,
} from '../model';
import { MessageError, message } from '../errors';
import { excerpt } from '../text';
import { durationHours, noteSubjectId, NOTE_SUBJECTS, type NoteSubject } from './elm';
import { parseElmId } from './elm-ids';
import { countryAlpha2, languageTag, type ElmVocabularies } from './vocabularies';

/**
 * An ELM LearningAchievementSpecification, LearningOpportunity or credential (with or without
 * the EDC upload wrapper), or an Open Badges 3.0 Achievement or OpenBadgeCredential, opened as
 * a new design. Pure: the caller parses nothing; the result is a valid design plus a list of
 * what the file said that a design cannot hold.
 */
export interface UnmappedValue {
  /** Where it was in the file: "credentialSubject.fullName", "Qualification.nqfLevel". */
  property: string;
  /** What it said, shortened; empty where `about` says what it was instead. */
  value: string;
  /** What the value was, where it is not shown: `learner`, the learner's own data (filled at issuing). */
  about?: 'learner';
}

export interface CredentialImport {
  design: Design;
  unmapped: UnmappedValue[];
  /** What the file was: for the message after opening it. */
  kind: 'elm-specification' | 'elm-opportunity' | 'elm-credential' | 'ob3-achievement' | 'ob3-credential';
}

export interface ImportContext {
  vocabularies: ElmVocabularies;
  catalog?: Catalog;
  interpretation?: Interpretation;
  now?: Date;
}

/** A document that is no credential to open: its sentence is a catalogue message (errors.credentials.*). */
export class CredentialImportError extends MessageError {
  override name = 'CredentialImportError';
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
const types = (node: Node): string[] =>
  list(node['type'] ?? node['@type']).filter((t): t is string => typeof t === 'string');
const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : isNode(value) && typeof value['id'] === 'string' ? value['id'] : undefined;
const short = (text: string) => text.trim().slice(0, MAX_SHORT_TEXT);
const long = (text: string) => text.trim().slice(0, MAX_TEXT);
const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

class Importer {
  readonly unmapped: UnmappedValue[] = [];
  /** Every node with an id, so references by id resolve wherever the node is written out. */
  private readonly nodes = new Map<string, Node>();
  language = 'en';

  constructor(
    readonly context: ImportContext,
    root: unknown,
  ) {
    this.index(root);
  }

  private index(value: unknown): void {
    if (Array.isArray(value)) return value.forEach((entry) => this.index(entry));
    if (!isNode(value)) return;
    const id = idOf(value);
    if (id && types(value).length > 0 && !this.nodes.has(id)) this.nodes.set(id, value);
    Object.values(value).forEach((entry) => this.index(entry));
  }

  node(value: unknown): Node | undefined {
    if (isNode(value)) {
      const id = idOf(value);
      return types(value).length === 0 && id ? (this.nodes.get(id) ?? value) : value;
    }
    return typeof value === 'string' ? this.nodes.get(value) : undefined;
  }

  nodesOf(value: unknown): Node[] {
    return list(value)
      .map((entry) => this.node(entry))
      .filter((entry): entry is Node => entry !== undefined);
  }

  /** A text from a language map, in the design's language when it has it. */
  text(value: unknown): string {
    if (typeof value === 'string') return value;
    if (!isNode(value)) return '';
    const texts = value as Record<string, unknown>;
    const chosen = texts[this.language] ?? Object.values(texts)[0];
    return typeof chosen === 'string' ? chosen : Array.isArray(chosen) ? String(chosen[0] ?? '') : '';
  }

  note(value: unknown): string {
    return this.nodesOf(value)
      .map((note) => this.text(note['noteLiteral']))
      .filter((text) => text.trim() !== '')
      .join('\n\n');
  }

  skip(where: string, node: Node, handled: readonly string[]): void {
    const known = new Set(['id', 'type', '@context', '@type', ...handled]);
    for (const [key, value] of Object.entries(node)) {
      if (known.has(key)) continue;
      const shown =
        typeof value === 'string' ? value : isNode(value) ? this.text(value['prefLabel']) || this.text(value) : '';
      this.unmapped.push({ property: `${where}.${key}`, value: excerpt(shown || JSON.stringify(value), 80) });
    }
  }

  itemId(nodeId: string | undefined): string {
    const item = nodeId ? parseElmId(nodeId)?.itemId : undefined;
    return item && ITEM_ID.test(item) ? item : newId();
  }

  conceptIds(value: unknown): string[] {
    return list(value)
      .map(idOf)
      .filter((id): id is string => id !== undefined);
  }
}

function pickLanguage(importer: Importer, ...maps: unknown[]): string {
  for (const map of maps)
    if (isNode(map)) {
      const first = Object.keys(map).find((key) => /^[a-z]{2,3}(?:-[A-Z]{2})?$/.test(key));
      if (first) return first;
    }
  return importer.language;
}

function organisation(importer: Importer, node: Node): AwardingBody {
  const { vocabularies } = importer.context;
  const location = importer.nodesOf(node['location'])[0];
  const address = location ? importer.nodesOf(location['address'])[0] : undefined;
  const country = address ? idOf(address['countryCode']) : undefined;
  const homepage = importer.nodesOf(node['homepage'])[0];
  const url = homepage ? String(homepage['contentURL'] ?? '') : '';
  const parsed = parseElmId(idOf(node) ?? '');
  importer.skip('Organisation', node, ['legalName', 'location', 'homepage']);
  return {
    id: parsed?.kind === 'org' ? importer.itemId(idOf(node)) : newId(),
    name: short(importer.text(node['legalName']) || importer.text(node['prefLabel'])),
    country: country ? (countryAlpha2(vocabularies, country) ?? '') : '',
    url: /^https?:\/\/\S+$/.test(url) ? url : '',
  };
}

function vocabularyKey<K extends string>(entries: Record<K, { uri: string }>, uri: string | undefined): K | undefined {
  return uri
    ? (Object.entries(entries) as [K, { uri: string }][]).find(([, entry]) => entry.uri === uri)?.[0]
    : undefined;
}

/** The design's own code among a specification's categories ("self-assessment", "formative"). */
function category<T extends string>(node: Node, values: readonly T[]): T | undefined {
  const categories = isNode(node['category']) ? Object.values(node['category']).flatMap(list) : list(node['category']);
  return values.find((value) => categories.includes(value));
}

/** Fills the design from an ELM specification (LearningAchievementSpecification or Qualification). */
function fromSpecification(importer: Importer, design: Design, spec: Node, competences: Map<string, Competence>): void {
  const { vocabularies } = importer.context;
  const c = design.credential;
  design.title = short(importer.text(spec['title']));
  design.summary = long(importer.text(spec['description']));

  for (const node of importer.nodesOf(spec['learningOutcome']))
    design.outcomes.push(outcome(importer, node, competences));
  for (const credit of importer.nodesOf(spec['creditPoint'])) {
    const points = Number(String(credit['point'] ?? '').replace(',', '.'));
    if (idOf(credit['framework']) === vocabularies.ects.uri && Number.isFinite(points) && points > 0 && points <= 120)
      c.ects = points;
    else
      importer.unmapped.push({
        property: 'creditPoint',
        value: `${String(credit['point'])} (${idOf(credit['framework'])})`,
      });
  }
  for (const id of [...importer.conceptIds(spec['educationLevel']), ...importer.conceptIds(spec['eqfLevel'])]) {
    const level = vocabularies.eqf.indexOf(id) + 1;
    if (level > 0) c.eqfLevel = level;
  }
  for (const id of importer.conceptIds(spec['thematicArea'])) {
    const code = /isced-f\/([0-9]{2,4})$/.exec(id)?.[1];
    if (code && !c.subjectAreas.includes(code) && c.subjectAreas.length < 10) c.subjectAreas.push(code);
  }
  c.learningSetting = vocabularyKey(vocabularies.learningSetting, idOf(spec['learningSetting'])) ?? null;
  c.participationForm = vocabularyKey(vocabularies.mode, importer.conceptIds(spec['mode'])[0]) ?? null;
  c.prerequisites = long(importer.note(spec['entryRequirement']));
  design.offering.languagesOfInstruction = importer
    .conceptIds(spec['language'])
    .map((id) => languageTag(vocabularies, id))
    .filter((tag): tag is string => tag !== undefined);

  for (const note of importer.nodesOf(spec['additionalNote'])) {
    const subject = (Object.keys(NOTE_SUBJECTS) as NoteSubject[]).find(
      (s) => noteSubjectId(s) === idOf(note['subject']),
    );
    const text = long(importer.text(note['noteLiteral']));
    switch (subject) {
      case 'qualityAssurance':
      case 'assessmentType':
      case 'gradingScheme':
      case 'passRule':
      case 'furtherInformation':
        c[subject] = text;
        break;
      case 'participation':
        c.participationNote = text;
        break;
      case 'integration': {
        const match = /^(stand-alone|integrated)(?:: ([\s\S]*))?$/.exec(text);
        c.integration = (INTEGRATIONS as readonly string[]).includes(match?.[1] ?? '')
          ? (match![1] as typeof c.integration)
          : null;
        c.stackableTowards = match ? (match[2] ?? '') : text;
        break;
      }
      default:
        importer.unmapped.push({ property: 'additionalNote', value: excerpt(text, 80) });
    }
  }
  for (const node of importer.nodesOf(spec['provenBy'])) design.assessments.push(assessment(importer, node));
  for (const node of importer.nodesOf(spec['influencedBy'])) design.activities.push(activity(importer, node));
  for (const opportunity of importer.nodesOf(spec['awardingOpportunity']))
    for (const body of importer.nodesOf(opportunity['awardingBody'])) addBody(importer, design, body);

  importer.skip(types(spec)[0] ?? 'specification', spec, [
    'title',
    'description',
    'dcType',
    'learningOutcome',
    'creditPoint',
    'volumeOfLearning',
    'educationLevel',
    'eqfLevel',
    'thematicArea',
    'learningSetting',
    'mode',
    'entryRequirement',
    'language',
    'additionalNote',
    'provenBy',
    'influencedBy',
    'awardingOpportunity',
  ]);
}

function outcome(importer: Importer, node: Node, competences: Map<string, Competence>): LearningOutcome {
  const esco = importer.conceptIds(node['relatedESCOSkill']).filter((id) => ESCO_SKILL_URI.test(id));
  const competenceIds: string[] = [];
  const link = (competence: Competence) => {
    const existing = competences.get(competenceKey(competence)) ?? competence;
    competences.set(competenceKey(existing), existing);
    if (!competenceIds.includes(existing.id)) competenceIds.push(existing.id);
  };
  // ESCO skills beyond the first are the outcome's too: they become competences it links to.
  for (const uri of esco.slice(1)) link(customCompetence(importer, uri, importer.node(uri)));
  for (const skill of importer.nodesOf(node['relatedSkill'])) {
    const competence = skillCompetence(importer, skill);
    if (competence) link(competence);
  }
  importer.skip('LearningOutcome', node, ['title', 'relatedESCOSkill', 'relatedSkill']);
  return createOutcome({
    id: importer.itemId(idOf(node)),
    statement: long(importer.text(node['title'])),
    escoUri: esco[0] ?? '',
    competenceIds,
  });
}

const competenceKey = (competence: Competence) =>
  competence.source.kind === 'framework'
    ? competence.source.ref
    : competence.source.escoUri || `custom:${competence.source.title}`;

function customCompetence(importer: Importer, uri: string, node: Node | undefined): Competence {
  const title = short(node ? importer.text(node['prefLabel']) : '') || uri.split('/').at(-1)!;
  return {
    id: newId(),
    source: { kind: 'custom', title, description: '', escoUri: ESCO_SKILL_URI.test(uri) ? uri : '' },
    targetLevel: '',
    note: '',
  };
}

function skillCompetence(importer: Importer, skill: Node): Competence | undefined {
  const id = idOf(skill) ?? '';
  const exact = importer.conceptIds(skill['skos:exactMatch']).find((uri) => ESCO_SKILL_URI.test(uri)) ?? '';
  const ref = /^urn:epass:concept:([a-z]+\.[0-9]+\.[0-9]+)$/.exec(id)?.[1];
  const framework = ref?.split('.')[0] as FrameworkId | undefined;
  if (ref && framework && (FRAMEWORK_IDS as readonly string[]).includes(framework)) {
    const known = importer.context.catalog ? indexCatalog(importer.context.catalog).competence(ref) : true;
    if (known)
      return { id: newId(), source: { kind: 'framework', framework, ref, escoUri: exact }, targetLevel: '', note: '' };
  }
  const title = short(importer.text(skill['prefLabel']));
  if (!title && !ESCO_SKILL_URI.test(id)) return undefined;
  const competence = customCompetence(importer, id, skill);
  const parsed = /^urn:epass:concept:[A-Za-z0-9_-]+:([A-Za-z0-9_-]+)$/.exec(id);
  return parsed ? { ...competence, id: parsed[1]! } : competence;
}

function assessment(importer: Importer, node: Node): Assessment {
  const { vocabularies } = importer.context;
  const ids = importer.conceptIds(node['dcType']);
  const method =
    category(node, ASSESSMENT_METHODS) ??
    ids.map((id) => vocabularyKey(vocabularies.assessmentType, id)).find(Boolean) ??
    'project-report';
  importer.skip('LearningAssessmentSpecification', node, ['title', 'description', 'dcType', 'category', 'language']);
  return createAssessment({
    id: importer.itemId(idOf(node)),
    title: short(importer.text(node['title'])),
    description: long(importer.text(node['description'])),
    method,
    purpose: category(node, ASSESSMENT_PURPOSES) ?? 'summative',
    assessors: ['teacher'],
  });
}

function activity(importer: Importer, node: Node): LearningActivity {
  const { vocabularies } = importer.context;
  const ids = importer.conceptIds(node['dcType']);
  const learningType =
    category(node, LEARNING_TYPES) ??
    ids.map((id) => vocabularyKey(vocabularies.activityType, id)).find(Boolean) ??
    'acquisition';
  const volume = typeof node['volumeOfLearning'] === 'string' ? durationHours(node['volumeOfLearning']) : 0;
  if (volume === undefined)
    importer.unmapped.push({
      property: 'LearningActivitySpecification.volumeOfLearning',
      value: String(node['volumeOfLearning']),
    });
  const total = volume ?? 0;
  const contact = Number(list(node['contactHour'])[0] ?? NaN);
  const durationHoursValue = Number.isFinite(contact) ? contact : total;
  const online = importer.conceptIds(node['mode']).includes(vocabularies.mode.online.uri);
  importer.skip('LearningActivitySpecification', node, [
    'title',
    'description',
    'dcType',
    'category',
    'volumeOfLearning',
    'contactHour',
    'mode',
    'language',
  ]);
  return createActivity({
    id: importer.itemId(idOf(node)),
    title: short(importer.text(node['title'])),
    description: long(importer.text(node['description'])),
    learningType,
    mode: online ? 'online-sync' : 'onsite',
    durationHours: Math.min(2000, durationHoursValue),
    selfStudyHours: Math.min(2000, Math.max(0, Math.round((total - durationHoursValue) * 100) / 100)),
  });
}

function addBody(importer: Importer, design: Design, node: Node): void {
  const body = organisation(importer, node);
  if (!body.name) return;
  const bodies = design.credential.awardingBodies;
  if (bodies.some((b) => b.name === body.name)) return;
  bodies.push(bodies.some((b) => b.id === body.id) ? { ...body, id: newId() } : body);
}

function fromOpportunity(importer: Importer, design: Design, opportunity: Node): Node | undefined {
  const { vocabularies } = importer.context;
  const { offering } = design;
  const homepage = importer.nodesOf(opportunity['homepage'])[0];
  const url = homepage ? String(homepage['contentURL'] ?? '') : '';
  if (/^https?:\/\/\S+$/.test(url)) offering.homepage = url;
  const period = importer.nodesOf(opportunity['temporal'])[0];
  const date = (value: unknown) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
  if (period) {
    offering.startDate = date(period['startDate']);
    offering.endDate = date(period['endDate']);
    if (offering.startDate && offering.endDate && offering.endDate < offering.startDate) offering.endDate = null;
  }
  const location = importer.nodesOf(opportunity['location'])[0];
  const address = location ? importer.nodesOf(location['address'])[0] : undefined;
  if (address) {
    offering.location = short(importer.note(address['fullAddress']));
    const country = idOf(address['countryCode']);
    offering.locationCountry = country ? (countryAlpha2(vocabularies, country) ?? '') : '';
  }
  const language = languageTag(vocabularies, idOf(opportunity['elm:defaultLanguage']) ?? '');
  if (language) design.language = language;
  for (const body of importer.nodesOf(opportunity['providedBy'])) addBody(importer, design, body);
  if (!design.credential.participationForm)
    design.credential.participationForm =
      vocabularyKey(vocabularies.mode, importer.conceptIds(opportunity['mode'])[0]) ?? null;
  importer.skip('LearningOpportunity', opportunity, [
    'title',
    'description',
    'dcType',
    'homepage',
    'temporal',
    'duration',
    'location',
    'elm:defaultLanguage',
    'providedBy',
    'mode',
    'learningAchievementSpecification',
  ]);
  return importer.node(opportunity['learningAchievementSpecification']);
}

function fromElm(
  importer: Importer,
  design: Design,
  root: Node,
  competences: Map<string, Competence>,
): CredentialImport['kind'] {
  const rootTypes = types(root);
  if (rootTypes.includes('LearningOpportunity')) {
    importer.language = pickLanguage(importer, root['title']);
    const spec = fromOpportunity(importer, design, root);
    if (spec) fromSpecification(importer, design, spec, competences);
    if (!design.title) design.title = short(importer.text(root['title']));
    return 'elm-opportunity';
  }
  if (rootTypes.includes('LearningAchievementSpecification') || rootTypes.includes('Qualification')) {
    importer.language = pickLanguage(importer, root['title']);
    fromSpecification(importer, design, root, competences);
    return 'elm-specification';
  }
  // A credential: its claims carry the specification, the assessments and activities taken.
  const subject = importer.node(root['credentialSubject']);
  const primary = importer.node(root['displayParameter'])?.['primaryLanguage'];
  importer.language = languageTag(importer.context.vocabularies, idOf(primary) ?? '') ?? importer.language;
  if (idOf(primary)) design.language = importer.language;
  const claims = subject ? importer.nodesOf(subject['hasClaim']) : [];
  const achievement = claims.find((claim) => types(claim).includes('LearningAchievement')) ?? claims[0];
  if (!achievement) throw new CredentialImportError(message('errors.credentials.noAchievement'));
  const opportunity = importer.node(achievement['learningOpportunity']);
  if (opportunity) fromOpportunity(importer, design, opportunity);
  const spec = importer.node(achievement['specifiedBy']);
  if (spec) fromSpecification(importer, design, spec, competences);
  if (!design.title) design.title = short(importer.text(achievement['title']));
  const taken = new Set([...design.assessments.map((a) => a.title), ...design.activities.map((a) => a.title)]);
  for (const assessed of importer.nodesOf(achievement['provenBy'])) {
    const specification = importer.node(assessed['specifiedBy']);
    if (specification && !taken.has(importer.text(specification['title']).trim()))
      design.assessments.push(assessment(importer, specification));
    importer.skip('LearningAssessment', assessed, ['specifiedBy', 'title', 'awardedBy']);
  }
  for (const took of importer.nodesOf(achievement['influencedBy'])) {
    const specification = importer.node(took['specifiedBy']);
    if (specification && !taken.has(importer.text(specification['title']).trim()))
      design.activities.push(activity(importer, specification));
    importer.skip('LearningActivity', took, ['specifiedBy', 'title', 'awardedBy']);
  }
  importer.skip('LearningAchievement', achievement, [
    'title',
    'learningOpportunity',
    'specifiedBy',
    'provenBy',
    'influencedBy',
    'awardedBy',
  ]);
  // What belongs to one issued credential rather than to a design is listed once, here.
  importer.skip('credential', root, [
    'credentialSubject',
    'issuer',
    'displayParameter',
    'credentialProfiles',
    'credentialSchema',
    'issued',
    'validFrom',
    'issuanceDate',
    'proof',
  ]);
  const awarded = importer.node(achievement['awardedBy']);
  for (const body of importer.nodesOf(awarded?.['awardingBody'])) addBody(importer, design, body);
  if (design.credential.awardingBodies.length === 0) {
    const issuer = importer.node(root['issuer']);
    if (issuer) addBody(importer, design, issuer);
  }
  if (subject)
    for (const key of Object.keys(subject).filter((k) => !['id', 'type', 'hasClaim'].includes(k)))
      importer.unmapped.push({
        property: `credentialSubject.${key}`,
        value: '',
        about: 'learner',
      });
  return 'elm-credential';
}

function fromOb3(
  importer: Importer,
  design: Design,
  root: Node,
  competences: Map<string, Competence>,
): CredentialImport['kind'] {
  const subject = isNode(root['credentialSubject']) ? root['credentialSubject'] : undefined;
  const achievement = subject && isNode(subject['achievement']) ? subject['achievement'] : root;
  const c = design.credential;
  design.title = short(String(achievement['name'] ?? ''));
  design.summary = long(String(achievement['description'] ?? ''));
  const language = typeof achievement['inLanguage'] === 'string' ? achievement['inLanguage'] : '';
  if (/^[a-z]{2,3}(?:-[A-Z]{2})?$/.test(language)) design.language = language;
  const criteria = isNode(achievement['criteria']) ? achievement['criteria'] : {};
  c.passRule = long(String(criteria['narrative'] ?? ''));
  const credits = Number(achievement['creditsAvailable']);
  if (Number.isFinite(credits) && credits > 0 && credits <= 120) c.ects = credits;
  for (const tag of list(achievement['tag'])) {
    const level = /^EQF ([1-8])$/.exec(String(tag))?.[1];
    if (level) c.eqfLevel = Number(level);
    else importer.unmapped.push({ property: 'Achievement.tag', value: String(tag) });
  }
  const field = String(achievement['fieldOfStudy'] ?? '');
  for (const label of field.split('; ').filter(Boolean)) {
    const code = /^([0-9]{2,4})(?: |$)/.exec(label)?.[1];
    if (code && code in importer.context.vocabularies.iscedF && c.subjectAreas.length < 10) c.subjectAreas.push(code);
    else importer.unmapped.push({ property: 'Achievement.fieldOfStudy', value: label });
  }
  for (const alignment of list(achievement['alignment']).filter(isNode)) {
    const url = String(alignment['targetUrl'] ?? '');
    const code = String(alignment['targetCode'] ?? '');
    const sdg = /^(\d{1,2})\.(\d{1,2}|[a-z])$/.exec(code);
    if (sdg && url.startsWith('https://sdgs.un.org/')) {
      const goal = Number(sdg[1]);
      if (!design.challenge.sdgGoals.includes(goal)) design.challenge.sdgGoals.push(goal);
      if (!design.challenge.sdgTargets.includes(code)) design.challenge.sdgTargets.push(code);
      continue;
    }
    const ref = frameworkRef(importer, code, String(alignment['targetFramework'] ?? ''));
    let competence: Competence | undefined;
    if (ref)
      competence = {
        id: newId(),
        source: { kind: 'framework', framework: ref.split('.')[0] as FrameworkId, ref, escoUri: '' },
        targetLevel: short(String(alignment['targetDescription'] ?? '')),
        note: '',
      };
    else if (ESCO_SKILL_URI.test(url))
      competence = customCompetence(importer, url, {
        prefLabel: { [design.language]: String(alignment['targetName'] ?? '') },
      });
    if (competence) {
      const key = competenceKey(competence);
      if (!competences.has(key)) competences.set(key, competence);
    } else
      importer.unmapped.push({
        property: 'Achievement.alignment',
        value: `${String(alignment['targetName'] ?? '')} (${url})`,
      });
  }
  const creator = isNode(achievement['creator'])
    ? achievement['creator']
    : isNode(root['issuer'])
      ? root['issuer']
      : undefined;
  if (creator) {
    const name = short(typeof creator['name'] === 'string' ? creator['name'] : '');
    const url = typeof creator['url'] === 'string' ? creator['url'] : '';
    if (name) c.awardingBodies.push({ id: newId(), name, country: '', url: /^https?:\/\/\S+$/.test(url) ? url : '' });
  }
  if (achievement['achievementType'] !== undefined && achievement['achievementType'] !== 'MicroCredential')
    importer.unmapped.push({ property: 'Achievement.achievementType', value: String(achievement['achievementType']) });
  importer.skip('Achievement', achievement, [
    'name',
    'description',
    'inLanguage',
    'criteria',
    'creditsAvailable',
    'tag',
    'fieldOfStudy',
    'alignment',
    'creator',
    'achievementType',
    'version',
  ]);
  return subject ? 'ob3-credential' : 'ob3-achievement';
}

/** A framework competence named by an Open Badges alignment (its code, e.g. "2.1", and framework name). */
function frameworkRef(importer: Importer, code: string, frameworkName: string): string | undefined {
  const catalog = importer.context.catalog;
  if (!catalog) return undefined;
  const framework = catalog.frameworks.find((f) => f.name === frameworkName);
  if (!framework) return undefined;
  for (const area of framework.areas)
    for (const competence of area.competences)
      if (competence.code === code || competence.id === code) return competence.id;
  return undefined;
}

/** Opens an ELM or Open Badges 3.0 document (already parsed from JSON) as a new, valid design. */
export function importCredential(document: unknown, context: ImportContext): CredentialImport {
  let root = isNode(document) && isNode(document['credential']) ? document['credential'] : document;
  if (Array.isArray(root) && root.length === 1) root = root[0];
  if (!isNode(root)) throw new CredentialImportError(message('errors.credentials.notAnObject'));
  const importer = new Importer(context, root);
  const design = createDesign({
    interpretation: context.interpretation ?? 'theme',
    ...(context.now ? { now: context.now } : {}),
  });
  const competences = new Map<string, Competence>();
  const rootTypes = types(root);
  const isOb3 =
    rootTypes.includes('Achievement') ||
    rootTypes.includes('OpenBadgeCredential') ||
    rootTypes.includes('AchievementCredential');
  const isElm =
    rootTypes.some((t) =>
      [
        'LearningOpportunity',
        'LearningAchievementSpecification',
        'Qualification',
        'EuropeanDigitalCredential',
      ].includes(t),
    ) ||
    (rootTypes.includes('VerifiableCredential') &&
      isNode(root['credentialSubject']) &&
      'hasClaim' in root['credentialSubject']);
  if (!isOb3 && !isElm) throw new CredentialImportError(message('errors.credentials.unknownType'));
  const kind = isOb3 ? fromOb3(importer, design, root, competences) : fromElm(importer, design, root, competences);
  design.competences = [...competences.values()];
  // Annex I countries: where the awarding bodies are.
  design.credential.countries = [...new Set(design.credential.awardingBodies.map((b) => b.country).filter(Boolean))];
  const checked = validateDesign(design);
  if (!checked.ok)
    throw new CredentialImportError(message('errors.credentials.notADesign', { problem: checked.problems[0]! }));
  return { design: checked.design, unmapped: importer.unmapped, kind };
}
