import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  credentialDocument,
  CredentialFileError,
  importCredential,
} from '../../../main/services/credentials/credential-service';
import { CredentialImportError } from '../../../shared/credentials/import';
import { errorMessage } from '../../../shared/errors';
import { createTranslator } from '../../../shared/i18n';
import { Design, MAX_DESIGN_FILE_BYTES, type Design as DesignType } from '../../../shared/model';
import { clone, exampleFiles, loadDesign, loadExample } from '../../helpers/designs';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/elm', name), 'utf8');
const roundTrip = (design: DesignType, format: 'elm' | 'elm-credential' | 'ob3' | 'ob3-credential') =>
  importCredential(JSON.stringify(credentialDocument(design, format)));

/**
 * Every field the ELM export carries, as the import gives it back. Not carried, so left out:
 * the interpretation and challenge (ELM has no place for them), competences no outcome links
 * to, targets levels and notes of competences, Bloom and EQF tags of outcomes, assessment
 * weights, rubrics, assessors and weeks, activity phases, weeks, groupings and resources,
 * teachers, regions, the QF-EHEA cycle, supervision and the review.
 */
function mappedFields(design: DesignType) {
  const linked = new Set(design.outcomes.flatMap((o) => o.competenceIds));
  const competence = (id: string) => {
    const c = design.competences.find((x) => x.id === id)!;
    return c.source.kind === 'framework'
      ? { ref: c.source.ref, escoUri: c.source.escoUri }
      : { title: c.source.title, escoUri: c.source.escoUri };
  };
  const c = design.credential;
  return {
    title: design.title,
    summary: design.summary,
    language: design.language,
    outcomes: design.outcomes.map((o) => ({
      id: o.id,
      statement: o.statement,
      escoUri: o.escoUri,
      competences: o.competenceIds.map(competence),
    })),
    competences: design.competences
      .filter((x) => linked.has(x.id))
      .map((x) => JSON.stringify(competence(x.id)))
      .sort(),
    assessments: design.assessments.map((a) => ({
      id: a.id,
      title: a.title,
      description: a.description,
      method: a.method,
      purpose: a.purpose,
    })),
    activities: design.activities.map((a) => ({
      id: a.id,
      title: a.title,
      description: a.description,
      learningType: a.learningType,
      durationHours: a.durationHours,
      selfStudyHours: a.selfStudyHours,
      online: a.mode !== 'onsite',
    })),
    awardingBodies: c.awardingBodies,
    countries: c.countries,
    credential: {
      ects: c.ects,
      eqfLevel: c.eqfLevel,
      subjectAreas: c.subjectAreas,
      learningSetting: c.learningSetting,
      participationForm: c.participationForm,
      prerequisites: c.prerequisites,
      qualityAssurance: c.qualityAssurance,
      assessmentType: c.assessmentType,
      gradingScheme: c.gradingScheme,
      passRule: c.passRule,
      participationNote: c.participationNote,
      integration: c.integration,
      stackableTowards: c.stackableTowards,
      furtherInformation: c.furtherInformation,
    },
    offering: {
      languagesOfInstruction: design.offering.languagesOfInstruction,
      startDate: design.offering.startDate,
      endDate: design.offering.endDate,
      location: design.offering.location,
      locationCountry: design.offering.locationCountry,
      homepage: design.offering.homepage,
    },
  };
}

describe('opening a credential description as a new design', () => {
  it("opens the Commission's Annex I sample with its title, outcomes, credits, level and more", () => {
    const { design, unmapped, kind } = importCredential(fixture('Sample-MC-Annex1-unsigned.jsonld'));
    expect(kind).toBe('elm-credential');
    expect(Design.safeParse(design).success).toBe(true);
    expect(design.title).toBe('Digital micro-credential creation');
    expect(design.outcomes.map((o) => o.statement)).toEqual([
      'Communication, collaboration and creativity',
      'Developing digital content',
    ]);
    expect(design.outcomes[0]!.escoUri).toBe('http://data.europa.eu/esco/skill/ccdf3597-5c80-410f-896d-e1bdfa223de9');
    expect(design.credential.ects).toBe(2);
    expect(design.credential.eqfLevel).toBe(6);
    expect(design.credential.subjectAreas).toEqual(['003', '0688']);
    expect(design.credential.learningSetting).toBe('non-formal');
    expect(design.credential.participationForm).toBe('blended');
    expect(design.credential.prerequisites).toMatch(/EDC Online Credential Builder account/);
    expect(design.credential.awardingBodies).toEqual([
      expect.objectContaining({ name: 'University of Zed', country: 'IE', url: 'https://uniz.edu' }),
    ]);
    expect(design.credential.countries).toEqual(['IE']);
    expect(design.assessments.map((a) => a.title)).toEqual(['Digital artefact assessment']);
    expect(design.activities.map((a) => a.title)).toEqual(['EDC building training course']);
    expect(design.offering.languagesOfInstruction).toEqual(['en']);
    // The outcome's further ESCO skills and DigComp references become competences it links to.
    expect(design.competences.map((c) => (c.source.kind === 'custom' ? c.source.title : c.source.ref))).toEqual([
      'communicate with target community',
      'establish collaborative relations',
      'Developing digital content',
      'Developing digital content Level 4',
    ]);
    expect(design.outcomes[0]!.competenceIds).toHaveLength(2);
    // What a design cannot hold is listed, the learner first among it.
    const properties = unmapped.map((u) => u.property);
    for (const property of [
      'Qualification.nqfLevel',
      'credentialSubject.fullName',
      'credentialSubject.dateOfBirth',
      'LearningAssessment.grade',
      'LearningActivitySpecification.volumeOfLearning',
      'Organisation.vatIdentifier',
    ])
      expect(properties).toContain(property);
    expect(JSON.stringify(design)).not.toMatch(/Andromeda|1999-10-01/);
  });

  it('opens the same sample wrapped as an EDC upload', () => {
    const wrapped = importCredential(fixture('Sample-MC-Annex1-unsigned-uploadable.json'));
    expect(wrapped.design.title).toBe('Digital micro-credential creation');
    expect(wrapped.design.outcomes).toHaveLength(2);
  });

  it.each(exampleFiles().map((file) => [basename(file), file]))(
    'design → ELM → design keeps every mapped field (%s)',
    (_name, file) => {
      const design = loadDesign(file);
      const back = roundTrip(design, 'elm');
      expect(back.kind).toBe('elm-opportunity');
      expect(JSON.stringify(mappedFields(back.design), null, 1)).toBe(JSON.stringify(mappedFields(design), null, 1));
      expect(back.unmapped).toEqual([]);
      // A new design: its own id, nothing of the old one's review.
      expect(back.design.id).not.toBe(design.id);
    },
  );

  it.each(exampleFiles().map((file) => [basename(file), file]))(
    'design → unsigned ELM credential → design keeps every mapped field (%s)',
    (_name, file) => {
      const design = loadDesign(file);
      const back = roundTrip(design, 'elm-credential');
      expect(back.kind).toBe('elm-credential');
      expect(mappedFields(back.design)).toEqual(mappedFields(design));
    },
  );

  it('keeps Greek, Romanian ș ț, Arabic and emoji through the round trip', () => {
    const design = clone(loadExample('partnership'));
    design.title = 'Κινητικότητα για όλους: București, județul Ilfov — مدينة 🚲';
    design.outcomes[0]!.statement = 'Analizează barierele (ș, ț) în transportul public 🚌';
    const back = roundTrip(design, 'elm').design;
    expect(back.title).toBe(design.title);
    expect(back.outcomes[0]!.statement).toBe(design.outcomes[0]!.statement);
  });

  it('opens an Open Badges 3.0 achievement and credential', () => {
    const design = loadExample('theme');
    for (const format of ['ob3', 'ob3-credential'] as const) {
      const back = roundTrip(design, format);
      expect(back.kind).toBe(format === 'ob3' ? 'ob3-achievement' : 'ob3-credential');
      expect(back.design.title).toBe(design.title);
      expect(back.design.summary).toBe(design.summary);
      expect(back.design.credential.ects).toBe(3);
      expect(back.design.credential.eqfLevel).toBe(6);
      expect(back.design.credential.subjectAreas).toEqual(design.credential.subjectAreas);
      expect(back.design.challenge.sdgTargets.sort()).toEqual([...design.challenge.sdgTargets].sort());
      expect(back.design.credential.awardingBodies.map((b) => b.name)).toEqual(['Aix-Marseille Université']);
      const refs = back.design.competences.flatMap((c) => (c.source.kind === 'framework' ? [c.source.ref] : []));
      expect(refs.sort()).toEqual(
        design.competences.flatMap((c) => (c.source.kind === 'framework' ? [c.source.ref] : [])).sort(),
      );
      expect(back.design.competences.some((c) => c.source.escoUri.includes('9aa4945a'))).toBe(true);
    }
  });

  it.each([
    ['not JSON', '{"title": ', CredentialFileError, /not valid JSON/, 'notJson'],
    [
      'a JSON list of numbers',
      '[1, 2]',
      CredentialImportError,
      /not a Europass \(ELM\) or Open Badges 3\.0 document/,
      'notAnObject',
    ],
    [
      'a design file',
      JSON.stringify(loadExample('theme')),
      CredentialImportError,
      /nor an Open Badges 3\.0/,
      'unknownType',
    ],
    [
      'a credential with no claim',
      JSON.stringify({ type: ['VerifiableCredential', 'EuropeanDigitalCredential'] }),
      CredentialImportError,
      /holds no learning achievement/,
      'noAchievement',
    ],
    ['a file over 20 MB', ' '.repeat(MAX_DESIGN_FILE_BYTES + 1), CredentialFileError, /more than 20 MB/, 'tooLarge'],
  ] as const)('refuses %s with a sentence that says why, in any language', (_what, text, error, message, key) => {
    expect(() => importCredential(text)).toThrow(error);
    expect(() => importCredential(text)).toThrow(message);
    const refusal = (() => {
      try {
        importCredential(text);
      } catch (caught) {
        return caught;
      }
    })();
    expect(refusal).toMatchObject({ key: `errors.credentials.${key}` });
    // Every language has its own sentence; the English stays the message.
    for (const language of ['de', 'el', 'es', 'fr', 'it', 'ro', 'sv']) {
      const shown = errorMessage(createTranslator(language), refusal);
      expect(shown, language).not.toBe((refusal as Error).message);
      expect(shown, language).not.toMatch(/\{\{/);
    }
  });
});
