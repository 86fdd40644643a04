import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  credentialDocument,
  expectNode,
  exportCredential,
  validateElmCredential,
  validateForEuropass,
  VacuousValidationError,
} from '../../../main/services/credentials/credential-service';
import { validateJsonLd } from '../../../main/services/credentials/shacl';
import { loadElmVocabularies } from '../../../main/services/credentials/vocabularies';
import { designToElm, ISSUER_ONLY_PROPERTIES } from '../../../shared/credentials/elm';
import type { CredentialFinding } from '../../../shared/credentials/findings';
import type { LanguageVariant } from '../../../shared/credentials/variants';
import { createTranslator, formatFinding } from '../../../shared/i18n';
import type { Design } from '../../../shared/model';
import { clone, exampleFiles, loadDesign, loadExample } from '../../helpers/designs';

const t = createTranslator('en');
const say = (findings: readonly CredentialFinding[]) =>
  findings.map(
    (f) =>
      `${f.path}: ${formatFinding(t, f)}${f.violation ? `  [${f.violation.profile} ${f.violation.focusNode} ${f.violation.path ?? ''} ${f.violation.constraint}]` : ''}`,
  );

const ELM = 'http://data.europa.eu/snb/model/elm/';

describe('Europass (ELM v3) export', () => {
  it.each(exampleFiles().map((file) => [basename(file), file]))(
    '%s exports a LearningOpportunity carrying its specification, conforming to LOQ and EDC',
    async (_name, file) => {
      const design = loadDesign(file);
      const document = credentialDocument(design, 'elm') as Record<string, unknown>;
      expect(document['@context']).toEqual([
        'https://www.w3.org/2018/credentials/v1',
        'http://data.europa.eu/snb/model/context/edc-ap',
      ]);
      // The nodes are there (a graph without them would conform vacuously).
      for (const set of ['loq', 'edc'] as const) {
        const report = await validateJsonLd(document, set);
        const typed = (type: string) => [...report.types].filter(([, types]) => types.has(`${ELM}${type}`)).length;
        expect(typed('LearningOpportunity')).toBe(1);
        expect(typed('LearningAchievementSpecification')).toBe(1);
        expect(typed('LearningOutcome')).toBe(design.outcomes.length);
        expect(typed('LearningAssessmentSpecification')).toBe(design.assessments.length);
        expect(typed('LearningActivitySpecification')).toBe(design.activities.length);
        expect(typed('Organisation')).toBe(design.credential.awardingBodies.length);
      }
      const validation = await validateForEuropass(design);
      expect(say(validation.findings), 'the shapes report').toEqual([]);
      expect(validation.conforms).toBe(true);
    },
  );

  it('carries the values a credential needs as code-list URIs', () => {
    const design = loadExample('theme');
    const text = JSON.stringify(credentialDocument(design, 'elm'));
    for (const uri of [
      'http://data.europa.eu/snb/eqf/6',
      'http://data.europa.eu/snb/education-credit/6fcec5c5af', // ECTS
      '"point":"3"',
      'http://data.europa.eu/snb/isced-f/0521',
      'http://data.europa.eu/snb/learning-setting/e207a81fc7', // non-formal
      'http://publications.europa.eu/resource/authority/language/ENG',
      'http://publications.europa.eu/resource/authority/language/FRA',
      'http://publications.europa.eu/resource/authority/country/ITA',
      'http://data.europa.eu/snb/learning-assessment/e92d221e4d', // blended
      'http://data.europa.eu/esco/skill/9aa4945a-110d-494c-b5a5-43761a176c29', // a custom competence's
      'https://micro-credentials.example.org/amu/urban-heat-and-health',
      '"volumeOfLearning":"PT',
    ])
      expect(text).toContain(uri);
  });

  it('puts every language variant into the language maps', () => {
    const design = loadExample('method');
    const variants: LanguageVariant[] = [
      { language: 'en', title: design.title, summary: design.summary, outcomes: { 'lo-1': 'Analyse a waste stream' } },
      {
        language: 'es',
        title: 'Reto Campus Circular',
        summary: '',
        outcomes: { 'lo-1': 'Analizar un flujo de residuos' },
      },
      { language: 'sv', title: 'Cirkulärt campus', summary: '', outcomes: {} },
    ];
    const document = designToElm(design, { vocabularies: loadElmVocabularies(), variants }) as unknown as {
      title: Record<string, string>;
      learningAchievementSpecification: { learningOutcome: { title: unknown }[] };
    };
    expect(document.title).toEqual({ en: design.title, es: 'Reto Campus Circular', sv: 'Cirkulärt campus' });
    expect(document.learningAchievementSpecification.learningOutcome[0]!.title).toEqual({
      en: 'Analyse a waste stream',
      es: 'Analizar un flujo de residuos',
    });
  });

  describe('a design missing what Europass requires fails with a readable message at the field', () => {
    const cases: [string, (d: Design) => void, string, RegExp][] = [
      ['the title', (d) => (d.title = ''), 'overview.title', /Europass needs the title/],
      [
        'the provider',
        (d) => (d.credential.awardingBodies = []),
        'credential.awardingBodies',
        /No awarding body is named/,
      ],
      ['the homepage', (d) => (d.offering.homepage = ''), 'credential.offering.homepage', /no web page yet/],
      [
        "an awarding body's country",
        (d) => (d.credential.awardingBodies[1]!.country = ''),
        'credential.awardingBodies[ab-sapienza].country',
        /Sapienza Università di Roma has no country/,
      ],
    ];
    it.each(cases)('without %s', async (_what, breakIt, path, message) => {
      const design = clone(loadExample('theme'));
      breakIt(design);
      const validation = await validateForEuropass(design);
      expect(validation.conforms).toBe(false);
      const finding = validation.findings.find((f) => f.path === path);
      expect(finding, say(validation.findings).join('\n')).toBeDefined();
      expect(formatFinding(t, finding!)).toMatch(message);
      expect(finding!.violation?.profile).toMatch(/LOQ|EDC/);
    });
  });

  it('names codes Europass has no concept for before the shapes run', async () => {
    const design = clone(loadExample('theme'));
    design.credential.subjectAreas = ['0521', '0599', '0977'];
    design.offering.languagesOfInstruction = ['en', 'tlh'];
    const { findings } = await validateForEuropass(design);
    expect(say(findings)).toEqual([
      expect.stringMatching(/^credential\.subjectAreas: “0977” is not an ISCED-F field/),
      expect.stringMatching(/^credential\.offering\.languagesOfInstruction: “tlh” has no code/),
    ]);
  });

  it('refuses to call a validation that checked nothing a pass', async () => {
    // A graph without the classes the shapes target conforms vacuously.
    const empty = {
      '@context': ['https://www.w3.org/2018/credentials/v1', 'http://data.europa.eu/snb/model/context/edc-ap'],
      id: 'urn:epass:conceptScheme:1',
      type: 'ConceptScheme',
    };
    const report = await validateJsonLd(empty, 'loq');
    expect(report.conforms).toBe(true);
    expect(() => expectNode(report.types, 'urn:epass:learningOpportunity:x', 'LearningOpportunity')).toThrow(
      VacuousValidationError,
    );
  });

  it('rejects undefined terms (safe mode) and unknown contexts, offline', async () => {
    const base = credentialDocument(loadExample('theme'), 'elm') as Record<string, unknown>;
    await expect(validateJsonLd({ ...base, madeUpTerm: 'x' }, 'loq')).rejects.toThrow(
      /safe mode: Dropping property .*"madeUpTerm"/,
    );
    await expect(
      validateJsonLd(
        { ...base, '@context': [...(base['@context'] as string[]), 'https://example.org/ctx.jsonld'] },
        'loq',
      ),
    ).rejects.toThrow(/context https:\/\/example\.org\/ctx\.jsonld, which Challenge Designer does not know/);
  });

  it('writes the file with a name from the title and the JSON-LD media type', () => {
    const file = exportCredential(loadExample('theme'), 'elm');
    expect(file.fileName).toBe('urban-heat-and-health-understanding-climate-risk-in-european-europass.jsonld');
    expect(file.mime).toBe('application/ld+json');
    expect(JSON.parse(new TextDecoder().decode(file.bytes))).toMatchObject({ type: 'LearningOpportunity' });
  });
});

describe('unsigned Europass credential (EDC issuer upload)', () => {
  it.each(exampleFiles().map((file) => [basename(file), file]))(
    '%s passes the EDC shapes except what only the issuer fills',
    async (_name, file) => {
      const design = loadDesign(file);
      const upload = credentialDocument(design, 'elm-credential') as { credential: Record<string, unknown> };
      expect(Object.keys(upload)).toEqual(['credential']);
      expect(upload.credential['type']).toEqual(['VerifiableCredential', 'EuropeanDigitalCredential']);
      // The learner and the issuing date are the issuer's: nothing about them is invented.
      const subject = upload.credential['credentialSubject'] as Record<string, unknown>;
      expect(Object.keys(subject).sort()).toEqual(['hasClaim', 'id', 'type']);
      expect(upload.credential).not.toHaveProperty('issued');
      expect(upload.credential).not.toHaveProperty('validFrom');

      const validation = await validateElmCredential(design);
      expect(say(validation.findings), 'the shapes report').toEqual([]);
      // Each exception, named: the issuing date, the validity date, the issuer's eIDAS
      // identifier (it comes with the e-seal) and the page images (they show the learner).
      expect(validation.issuerOnly.map((v) => `${v.path} ${v.constraint}`).sort()).toEqual([
        'http://data.europa.eu/snb/model/elm/individualDisplay MinCountConstraintComponent',
        'https://www.w3.org/2018/credentials#issued MinCountConstraintComponent',
        'https://www.w3.org/2018/credentials#issuer NodeConstraintComponent',
        'https://www.w3.org/2018/credentials#validFrom MinCountConstraintComponent',
      ]);
      expect(Object.keys(ISSUER_ONLY_PROPERTIES)).toHaveLength(4);
    },
  );

  it('still reports what the design lacks, apart from the issuer-only properties', async () => {
    const design = clone(loadExample('partnership'));
    design.title = '';
    const validation = await validateElmCredential(design);
    expect(validation.conforms).toBe(false);
    expect(validation.findings.map((f) => f.path)).toContain('overview.title');
  });
});
