import type { Catalog } from '../catalog';
import { indexCatalog } from '../catalog';
import { workloadTotals } from '../checks/workload-totals';
import type { AwardingBody, Design } from '../model';
import { elmId, type ElmNodeKind } from './elm-ids';
import { languageMap, languageVariants, type LanguageVariant } from './variants';
import {
  COUNTRY_AUTHORITY,
  ESCO_SKILLS_SCHEME,
  GENERIC_CREDENTIAL_PROFILE,
  ISCED_F_BASE,
  LANGUAGE_AUTHORITY,
  countryCode,
  languageCode,
  snbScheme,
  type ElmVocabularies,
  type VocabularyEntry,
} from './vocabularies';

/**
 * The design as European Learning Model v3 JSON-LD (Europass): pure mappings, no I/O.
 *
 * - `designToElm` gives the `LearningOpportunity` (the offering) carrying its
 *   `LearningAchievementSpecification`: what the Qualification Dataset Register (LOQ profile)
 *   and the EDC generic profile describe.
 * - `designToElmCredential` gives an unsigned `EuropeanDigitalCredential` wrapped as the EDC
 *   issuer accepts an upload (`{"credential": …}`), with what only an issuer knows left out:
 *   the learner, the issuing date, the page images and the issuer's eIDAS identifier.
 *
 * Nothing is invented: a value the design lacks is left out, and validation (the SHACL shapes)
 * then names the field that fixes it.
 */

/** Both contexts, in this order: the W3C one defines `id` and `type`. */
export const ELM_CONTEXT = [
  'https://www.w3.org/2018/credentials/v1',
  'http://data.europa.eu/snb/model/context/edc-ap',
] as const;

export interface ElmContext {
  vocabularies: ElmVocabularies;
  /** Reference data for names of framework competences; English when absent. */
  catalog?: Catalog;
  /** The language variants to carry; `languageVariants(design)` by default. */
  variants?: readonly LanguageVariant[];
}

export type JsonLd = Record<string, unknown>;

/** Subjects of the notes the specification carries; the import reads them back by id. */
export const NOTE_SUBJECTS = {
  qualityAssurance: 'Quality assurance',
  assessmentType: 'Type of assessment',
  gradingScheme: 'Grading scheme',
  passRule: 'Pass rule',
  supervision: 'Supervision and identity verification',
  participation: 'Form of participation',
  integration: 'Integration and stackability',
  furtherInformation: 'Further information',
} as const;
export type NoteSubject = keyof typeof NOTE_SUBJECTS;
export const noteSubjectId = (subject: NoteSubject) => `urn:epass:concept:challenge-designer:${subject}`;

/*
 * The Europass types of assessments and activities say less than the design (ten assessment
 * methods map onto fewer Europass types, and formative or summative has no type at all): each
 * specification also carries the design's own codes as its `category` ("self-assessment",
 * "formative", "practice"), which the import reads back.
 */
/** A framework competence as a concept: `urn:epass:concept:greencomp.2.1`. */
export const frameworkConceptId = (ref: string) => `urn:epass:concept:${ref}`;

const compact = <T extends JsonLd>(node: T): T =>
  Object.fromEntries(
    Object.entries(node).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as T;

const blank = (text: string) => text.trim() === '';

/** ISO 8601 duration of a number of hours: "PT12H30M" (xsd:duration takes no decimal hours). */
export function hoursDuration(hours: number): string {
  const minutes = Math.round(hours * 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h}H${m > 0 ? `${m}M` : ''}`;
}

/** Hours of an ISO 8601 duration such as "PT60H", "PT12H30M", "P2DT4H"; undefined when unreadable. */
export function durationHours(duration: string): number | undefined {
  const match = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
    duration,
  );
  if (!match || duration === 'P' || duration.endsWith('T')) return undefined;
  const [, d = '0', h = '0', m = '0', s = '0'] = match;
  return Math.round((Number(d) * 24 + Number(h) + Number(m) / 60 + Number(s) / 3600) * 100) / 100;
}

class ElmBuilder {
  readonly variants: readonly LanguageVariant[];
  private readonly lang: string;

  constructor(
    readonly design: Design,
    readonly context: ElmContext,
  ) {
    this.variants = context.variants ?? languageVariants(design);
    this.lang = design.language;
  }

  id(kind: ElmNodeKind, itemId?: string) {
    return elmId(kind, this.design.id, itemId);
  }

  /** A text the design holds in its own language only (assessments, activities, notes). */
  text(value: string): Record<string, string> | undefined {
    return blank(value) ? undefined : { [this.lang]: value.trim() };
  }

  concept(entry: VocabularyEntry | undefined, scheme = entry ? snbScheme(entry.uri) : '') {
    if (!entry) return undefined;
    return {
      id: entry.uri,
      type: 'Concept',
      inScheme: { id: scheme, type: 'ConceptScheme' },
      prefLabel: { en: entry.label },
    };
  }

  /** A concept of an EU authority table (languages, countries): its code, scheme and English name. */
  authority(scheme: string, code: string, label: string | undefined) {
    return compact({
      id: `${scheme}/${code}`,
      type: 'Concept',
      inScheme: { id: scheme, type: 'ConceptScheme' },
      notation: scheme.split('/').at(-1),
      prefLabel: label ? { en: label } : undefined,
    });
  }

  language(tag: string) {
    const code = languageCode(this.context.vocabularies, tag);
    if (!code) return undefined;
    return this.authority(LANGUAGE_AUTHORITY, code, new Intl.DisplayNames(['en'], { type: 'language' }).of(tag));
  }

  country(alpha2: string) {
    const code = countryCode(this.context.vocabularies, alpha2);
    if (!code) return undefined;
    const label = alpha2 === 'EU' ? 'European Union' : new Intl.DisplayNames(['en'], { type: 'region' }).of(alpha2);
    return this.authority(COUNTRY_AUTHORITY, code, label);
  }

  esco(uri: string, label?: string) {
    return compact({
      id: uri.replace(/^https:/, 'http:'),
      type: 'Concept',
      inScheme: { id: ESCO_SKILLS_SCHEME, type: 'ConceptScheme' },
      prefLabel: label ? { [this.lang]: label } : undefined,
    });
  }

  webResource(itemId: string, url: string) {
    return blank(url) ? undefined : { id: this.id('webResource', itemId), type: 'WebResource', contentURL: url };
  }

  note(itemId: string, text: string, subject?: NoteSubject) {
    const literal = this.text(text);
    if (!literal) return undefined;
    return compact({
      id: this.id('note', itemId),
      type: 'Note',
      noteLiteral: literal,
      subject: subject
        ? { id: noteSubjectId(subject), type: 'Concept', prefLabel: { en: NOTE_SUBJECTS[subject] } }
        : undefined,
    });
  }

  location(itemId: string, country: string, place: string) {
    const countryConcept = this.country(country);
    if (!countryConcept) return undefined;
    return {
      id: this.id('location', itemId),
      type: 'Location',
      address: compact({
        id: this.id('address', itemId),
        type: 'Address',
        countryCode: countryConcept,
        fullAddress: this.note(`${itemId}:address`, place),
      }),
    };
  }

  organisation(body: AwardingBody) {
    return compact({
      id: this.id('org', body.id),
      type: 'Organisation',
      legalName: this.text(body.name),
      homepage: [this.webResource(`org:${body.id}`, body.url)].filter(Boolean),
      location: [this.location(`org:${body.id}`, body.country, '')].filter(Boolean),
    });
  }

  /** The awarding bodies that have a name: they provide the offering and award the credential. */
  bodies() {
    return this.design.credential.awardingBodies.filter((body) => !blank(body.name));
  }

  /** The competences an outcome links to: ESCO skills, framework competences, the team's own. */
  relatedSkills(outcomeCompetenceIds: readonly string[]) {
    const index = this.context.catalog ? indexCatalog(this.context.catalog) : undefined;
    // In the outcome's own order of links.
    const competences = outcomeCompetenceIds
      .map((id) => this.design.competences.find((c) => c.id === id))
      .filter((c) => c !== undefined);
    return competences.map((competence) => {
      const { source } = competence;
      if (source.kind === 'custom')
        return blank(source.escoUri)
          ? {
              id: `urn:epass:concept:${this.design.id}:${competence.id}`,
              type: 'Concept',
              prefLabel: this.text(source.title),
            }
          : this.esco(source.escoUri, source.title);
      const found = index?.competence(source.ref);
      const framework = found?.framework.name ?? source.framework;
      return compact({
        id: frameworkConceptId(source.ref),
        type: 'Concept',
        inScheme: { id: `urn:epass:conceptScheme:${source.framework}`, type: 'ConceptScheme' },
        notation: found ? `${framework} ${found.competence.code}` : source.ref,
        prefLabel: found ? { [this.catalogLanguage()]: found.competence.title } : undefined,
        'skos:exactMatch': blank(source.escoUri) ? undefined : { id: source.escoUri.replace(/^https:/, 'http:') },
      });
    });
  }

  private catalogLanguage() {
    return this.context.catalog?.language ?? 'en';
  }

  outcomes() {
    return this.design.outcomes
      .filter((outcome) => !blank(outcome.statement))
      .map((outcome) =>
        compact({
          id: this.id('learningOutcome', outcome.id),
          type: 'LearningOutcome',
          title: languageMap(this.variants, (v) => v.outcomes[outcome.id]),
          relatedESCOSkill: blank(outcome.escoUri) ? undefined : [this.esco(outcome.escoUri)],
          relatedSkill: this.relatedSkills(outcome.competenceIds),
        }),
      );
  }

  mode(form: Design['credential']['participationForm']) {
    return form ? this.concept(this.context.vocabularies.mode[form]) : undefined;
  }

  assessments() {
    const languages = this.languages();
    return this.design.assessments
      .filter((assessment) => !blank(assessment.title))
      .map((assessment) =>
        compact({
          id: this.id('learningAssessmentSpec', assessment.id),
          type: 'LearningAssessmentSpecification',
          title: this.text(assessment.title),
          description: this.text(assessment.description),
          dcType: this.concept(this.context.vocabularies.assessmentType[assessment.method]),
          category: { en: [assessment.method, assessment.purpose] },
          language: languages,
        }),
      );
  }

  activities() {
    const languages = this.languages();
    const { mode } = this.context.vocabularies;
    return this.design.activities
      .filter((activity) => !blank(activity.title))
      .map((activity) => {
        const hours = activity.durationHours + activity.selfStudyHours;
        return compact({
          id: this.id('learningActivitySpec', activity.id),
          type: 'LearningActivitySpecification',
          title: this.text(activity.title),
          description: this.text(activity.description),
          dcType: this.concept(this.context.vocabularies.activityType[activity.learningType]),
          category: { en: [activity.learningType] },
          volumeOfLearning: hours > 0 ? hoursDuration(hours) : undefined,
          contactHour: hours > 0 ? [String(activity.durationHours)] : undefined,
          mode: [this.concept(activity.mode === 'onsite' ? mode.onsite : mode.online)],
          language: languages,
        });
      });
  }

  languages() {
    return this.design.offering.languagesOfInstruction.map((tag) => this.language(tag)).filter(Boolean);
  }

  notes() {
    const c = this.design.credential;
    const integration = [c.integration ?? '', c.stackableTowards].filter((part) => !blank(part)).join(': ');
    return [
      this.note('qualityAssurance', c.qualityAssurance, 'qualityAssurance'),
      this.note('assessmentType', c.assessmentType, 'assessmentType'),
      this.note('gradingScheme', c.gradingScheme, 'gradingScheme'),
      this.note('passRule', c.passRule, 'passRule'),
      this.note('participation', c.participationNote, 'participation'),
      this.note('integration', integration, 'integration'),
      this.note('furtherInformation', c.furtherInformation, 'furtherInformation'),
    ].filter(Boolean);
  }

  specification() {
    const { design } = this;
    const c = design.credential;
    const { vocabularies } = this.context;
    const hours = workloadTotals(design).totalHours;
    const eqf = c.eqfLevel === null ? undefined : vocabularies.eqf[c.eqfLevel - 1];
    const bodies = this.bodies();
    return compact({
      id: this.id('learningAchievementSpec'),
      type: 'LearningAchievementSpecification',
      title: languageMap(this.variants, (v) => v.title),
      description: languageMap(this.variants, (v) => v.summary),
      dcType: this.concept(vocabularies.opportunityType),
      learningOutcome: this.outcomes(),
      creditPoint:
        c.ects !== null && c.ects > 0
          ? [
              {
                id: this.id('creditPoint'),
                type: 'CreditPoint',
                framework: this.concept(vocabularies.ects),
                point: String(c.ects),
              },
            ]
          : undefined,
      volumeOfLearning: hours > 0 ? hoursDuration(hours) : undefined,
      educationLevel: eqf ? [this.concept({ uri: eqf, label: `Level ${c.eqfLevel}` })] : undefined,
      thematicArea: c.subjectAreas.map((code) =>
        this.concept(
          { uri: `${ISCED_F_BASE}${code}`, label: vocabularies.iscedF[code] ?? code },
          snbScheme(`${ISCED_F_BASE}${code}`),
        ),
      ),
      language: this.languages(),
      learningSetting: c.learningSetting ? this.concept(vocabularies.learningSetting[c.learningSetting]) : undefined,
      mode: [this.mode(c.participationForm)].filter(Boolean),
      entryRequirement: this.note('prerequisites', c.prerequisites),
      provenBy: this.assessments(),
      influencedBy: this.activities(),
      awardingOpportunity:
        bodies.length > 0
          ? [
              {
                id: this.id('awardingOpportunity'),
                type: 'AwardingOpportunity',
                awardingBody: bodies.map((body) => this.id('org', body.id)),
                learningAchievementSpecification: this.id('learningAchievementSpec'),
              },
            ]
          : undefined,
      additionalNote: this.notes(),
    });
  }

  period() {
    const { startDate, endDate } = this.design.offering;
    if (!startDate && !endDate) return undefined;
    return compact({
      id: this.id('period'),
      type: 'PeriodOfTime',
      startDate: startDate ? `${startDate}T00:00:00` : undefined,
      endDate: endDate ? `${endDate}T23:59:59` : undefined,
    });
  }

  duration() {
    const { startDate, endDate } = this.design.offering;
    if (!startDate || !endDate) return undefined;
    const days = Math.round((Date.parse(endDate) - Date.parse(startDate)) / 86_400_000) + 1;
    return days > 0 ? `P${days}D` : undefined;
  }

  /** The offering; organisations are written out in full here and referenced elsewhere. */
  opportunity(specification: JsonLd | string = this.specification()) {
    const { design } = this;
    const { offering } = design;
    return compact({
      id: this.id('learningOpportunity'),
      type: 'LearningOpportunity',
      title: languageMap(this.variants, (v) => v.title),
      description: languageMap(this.variants, (v) => v.summary),
      dcType: this.concept(this.context.vocabularies.opportunityType),
      homepage: [this.webResource('homepage', offering.homepage)].filter(Boolean),
      providedBy: this.bodies().map((body) => this.organisation(body)),
      'elm:defaultLanguage': this.language(design.language),
      mode: [this.mode(design.credential.participationForm)].filter(Boolean),
      temporal: this.period(),
      duration: this.duration(),
      location: [this.location('offering', offering.locationCountry, offering.location)].filter(Boolean),
      learningAchievementSpecification: specification,
    });
  }
}

/** The design as an ELM `LearningOpportunity` with its `LearningAchievementSpecification`. */
export function designToElm(design: Design, context: ElmContext): JsonLd {
  return { '@context': [...ELM_CONTEXT], ...new ElmBuilder(design, context).opportunity() };
}

/**
 * Properties of a European Digital Credential only its issuer can fill, and why. Validation
 * of the unsigned credential accepts exactly these violations of the EDC shapes.
 */
export const ISSUER_ONLY_PROPERTIES = {
  'https://www.w3.org/2018/credentials#issued': 'the date of issuing, set when the issuer seals the credential',
  'https://www.w3.org/2018/credentials#validFrom': 'the date from which the credential is valid, set at issuing',
  'http://data.europa.eu/snb/model/elm/eidasLegalIdentifier':
    "the issuer's eIDAS legal identifier, which comes with the e-seal the issuer seals with",
  'http://data.europa.eu/snb/model/elm/individualDisplay':
    "the images of the credential's pages, drawn by the issuer with the learner's name and issuing date",
} as const;

/**
 * An unsigned European Digital Credential, as the EDC issuer accepts it for upload. The learner
 * (a Person with no name yet) and the issuing date are the issuer's to fill; the first awarding
 * body stands as the issuer.
 */
export function designToElmCredential(design: Design, context: ElmContext): { credential: JsonLd } {
  const builder = new ElmBuilder(design, context);
  const specification = builder.specification();
  const bodies = builder.bodies();
  const title = languageMap(builder.variants, (v) => v.title);
  const languages = builder.variants.map((v) => builder.language(v.language)).filter(Boolean);
  const issuer = bodies[0] ? builder.organisation(bodies[0]) : undefined;
  const opportunity = builder.opportunity(builder.id('learningAchievementSpec'));
  // The issuer is written out once; everywhere else it is referenced.
  const providers = bodies.map((body, index) =>
    index === 0 ? builder.id('org', body.id) : builder.organisation(body),
  );
  const credential = compact({
    '@context': [...ELM_CONTEXT],
    id: `urn:credential:${design.id}`,
    type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
    credentialProfiles: [
      {
        id: GENERIC_CREDENTIAL_PROFILE,
        type: 'Concept',
        inScheme: { id: snbScheme(GENERIC_CREDENTIAL_PROFILE), type: 'ConceptScheme' },
        prefLabel: { en: 'Generic' },
      },
    ],
    credentialSchema: [{ id: 'http://data.europa.eu/snb/model/ap/edc-generic-full', type: 'ShaclValidator2017' }],
    displayParameter: compact({
      id: builder.id('displayParameter'),
      type: 'DisplayParameter',
      title,
      description: languageMap(builder.variants, (v) => v.summary),
      language: languages,
      primaryLanguage: builder.language(design.language),
    }),
    issuer,
    credentialSubject: {
      id: builder.id('person', 'learner'),
      type: 'Person',
      hasClaim: [
        compact({
          id: builder.id('learningAchievement'),
          type: 'LearningAchievement',
          title,
          awardedBy: {
            id: builder.id('awardingProcess'),
            type: 'AwardingProcess',
            awardingBody: bodies.map((body) => builder.id('org', body.id)),
          },
          specifiedBy: specification,
          learningOpportunity: { ...opportunity, providedBy: providers },
        }),
      ],
    },
  });
  return { credential };
}

/** One part of a pathway for its ELM export: the design, and how the pathway uses it. */
export interface ElmPathwayPart {
  design: Design;
  /** A core part every learner takes; otherwise an elective. */
  required: boolean;
  /** The titles of the parts to complete first. */
  after: string[];
}

/** What a pathway's ELM export needs: the pathway as the file has it, and its parts' designs in order. */
export interface ElmPathway {
  id: string;
  title: string;
  summary: string;
  homepage: string;
  language: string;
  target: { ects: number | null; eqfLevel: number | null };
  /** Hours of learner work of every part (shared/pathway's totals). */
  hours: number;
  parts: readonly ElmPathwayPart[];
}

/**
 * A pathway (issue 20) as ELM v3: a `LearningOpportunity` carrying the pathway's own
 * `LearningAchievementSpecification`, which `hasPart` each part's full specification (the
 * same one the part's own export carries, with `isPartOf` pointing back). ELM has no property
 * for core or elective parts nor for an order or prerequisites between parts of one
 * specification, so the pathway says them in an `additionalNote` (subject "integration"),
 * in the pathway's language, for a person to read.
 */
export function pathwayToElm(pathway: ElmPathway, context: ElmContext): JsonLd {
  const { vocabularies } = context;
  const lang = pathway.language;
  const id = (kind: ElmNodeKind, itemId?: string) => elmId(kind, pathway.id, itemId);
  const specificationId = id('learningAchievementSpec');
  const literal = (text: string) => (blank(text) ? undefined : { [lang]: text.trim() });
  const builders = pathway.parts.map((part) => new ElmBuilder(part.design, { ...context, variants: undefined }));
  const parts = builders.map((builder) => ({ ...builder.specification(), isPartOf: [specificationId] }));
  const eqf = pathway.target.eqfLevel === null ? undefined : vocabularies.eqf[pathway.target.eqfLevel - 1];
  const concept = (entry: VocabularyEntry | undefined) =>
    entry
      ? {
          id: entry.uri,
          type: 'Concept',
          inScheme: { id: snbScheme(entry.uri), type: 'ConceptScheme' },
          prefLabel: { en: entry.label },
        }
      : undefined;
  const structure = pathway.parts
    .map(
      (part, index) =>
        `${index + 1}. ${part.design.title.trim()} (${part.required ? 'core' : 'elective'}` +
        `${part.after.length > 0 ? `; after: ${part.after.join('; ')}` : ''})`,
    )
    .join('\n');
  const languages = new Map<string, unknown>();
  for (const builder of builders) for (const language of builder.languages()) languages.set(language!.id, language);
  const bodies = new Map<string, JsonLd>();
  for (const builder of builders)
    for (const body of builder.bodies()) bodies.set(builder.id('org', body.id), builder.organisation(body));
  const specification = compact({
    id: specificationId,
    type: 'LearningAchievementSpecification',
    title: literal(pathway.title),
    description: literal(pathway.summary),
    dcType: concept(vocabularies.opportunityType),
    creditPoint:
      pathway.target.ects !== null && pathway.target.ects > 0
        ? [
            {
              id: id('creditPoint'),
              type: 'CreditPoint',
              framework: concept(vocabularies.ects),
              point: String(pathway.target.ects),
            },
          ]
        : undefined,
    volumeOfLearning: pathway.hours > 0 ? hoursDuration(pathway.hours) : undefined,
    educationLevel: eqf ? [concept({ uri: eqf, label: `Level ${pathway.target.eqfLevel}` })] : undefined,
    language: [...languages.values()],
    hasPart: parts,
    additionalNote: structure
      ? [
          {
            id: id('note', 'structure'),
            type: 'Note',
            noteLiteral: { [lang]: structure },
            subject: {
              id: noteSubjectId('integration'),
              type: 'Concept',
              prefLabel: { en: NOTE_SUBJECTS.integration },
            },
          },
        ]
      : undefined,
  });
  const language = builders[0]?.language(lang);
  return {
    '@context': [...ELM_CONTEXT],
    ...compact({
      id: id('learningOpportunity'),
      type: 'LearningOpportunity',
      title: literal(pathway.title),
      description: literal(pathway.summary),
      dcType: concept(vocabularies.opportunityType),
      homepage: blank(pathway.homepage)
        ? undefined
        : [{ id: id('webResource', 'homepage'), type: 'WebResource', contentURL: pathway.homepage }],
      // Each part's awarding bodies, in full once: its awarding opportunity references them by id.
      providedBy: [...bodies.values()],
      'elm:defaultLanguage': language,
      learningAchievementSpecification: specification,
    }),
  };
}
