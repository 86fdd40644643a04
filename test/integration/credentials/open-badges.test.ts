import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { credentialDocument, exportCredential } from '../../../main/services/credentials/credential-service';
import { expandSafely, type JsonLdError } from '../../../main/services/credentials/shacl';
import { errorMessage } from '../../../shared/errors';
import { createTranslator } from '../../../shared/i18n';
import { Ob3Achievement, Ob3Credential, OB3_ISSUER_ONLY } from '../../../shared/credentials/ob3';
import { clone, exampleFiles, loadDesign, loadExample } from '../../helpers/designs';

const OB = 'https://purl.imsglobal.org/spec/vc/ob/vocab.html#';
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('Open Badges 3.0 export', () => {
  it.each(exampleFiles().map((file) => [basename(file), file]))(
    '%s: the Achievement expands offline in safe mode and has every required property',
    async (_name, file) => {
      const design = loadDesign(file);
      const achievement = credentialDocument(design, 'ob3') as Record<string, unknown>;
      expect(issues(Ob3Achievement.safeParse(achievement))).toEqual([]);
      expect(achievement['achievementType']).toBe('MicroCredential');
      expect(achievement['creditsAvailable']).toBe(design.credential.ects);
      expect(achievement['inLanguage']).toBe(design.language);
      const expanded = JSON.stringify(await expandSafely(achievement));
      expect(expanded).toContain(`${OB}Achievement`);
      expect(expanded).toContain(`${OB}creditsAvailable`);
      // Alignments: every framework competence, every ESCO skill, every SDG target of the challenge.
      const alignment = achievement['alignment'] as {
        targetUrl: string;
        targetCode?: string;
        targetFramework: string;
      }[];
      const frameworks = design.competences.filter((c) => c.source.kind === 'framework').length;
      expect(alignment.filter((a) => a.targetFramework.startsWith('ESCO')).length).toBe(
        new Set(
          [...design.outcomes.map((o) => o.escoUri), ...design.competences.map((c) => c.source.escoUri)].filter(
            Boolean,
          ),
        ).size,
      );
      const framework = (a: { targetUrl: string; targetFramework: string }) =>
        !a.targetFramework.startsWith('ESCO') && !a.targetUrl.startsWith('https://sdgs.un.org/');
      expect(alignment.filter(framework).length).toBe(frameworks);
      expect(alignment.filter((a) => a.targetUrl.startsWith('https://sdgs.un.org/')).map((a) => a.targetCode)).toEqual(
        design.challenge.sdgTargets,
      );
    },
  );

  it.each(exampleFiles().map((file) => [basename(file), file]))(
    '%s: the unsigned OpenBadgeCredential lacks only what its issuer adds',
    async (_name, file) => {
      const credential = credentialDocument(loadDesign(file), 'ob3-credential') as Record<string, unknown>;
      await expect(expandSafely(credential)).resolves.toBeDefined();
      // The learner and the validity date are the issuer's: exactly these are missing.
      expect(issues(Ob3Credential.safeParse(credential)).map((i) => i.split(':')[0])).toEqual(
        Object.keys(OB3_ISSUER_ONLY),
      );
      const issued = {
        ...credential,
        validFrom: '2026-07-01T00:00:00Z',
        credentialSubject: { ...(credential['credentialSubject'] as object), id: 'did:example:learner' },
      };
      expect(issues(Ob3Credential.safeParse(issued))).toEqual([]);
      await expect(expandSafely(issued)).resolves.toBeDefined();
    },
  );

  it('says what is missing when a design lacks a required property', () => {
    const design = clone(loadExample('method'));
    design.summary = '';
    design.credential.passRule = '';
    design.credential.gradingScheme = '';
    design.assessments = [];
    expect(issues(Ob3Achievement.safeParse(credentialDocument(design, 'ob3')))).toEqual([
      'description: must not be empty',
      'criteria: needs a narrative (or the id of a page) saying what a learner must do',
    ]);
  });

  it('refuses a term the contexts do not define, even though VC 2.0 would map it to "issuer-dependent"', async () => {
    const achievement = credentialDocument(loadExample('theme'), 'ob3') as Record<string, unknown>;
    await expect(expandSafely({ ...achievement, madeUpTerm: 1 })).rejects.toThrow(/madeUpTerm|do not define/);
  });

  it('says so in the reader’s language, jsonld’s own words kept as they are', async () => {
    const achievement = credentialDocument(loadExample('theme'), 'ob3') as Record<string, unknown>;
    const term = await expandSafely({ ...achievement, madeUpTerm: 1 }).catch((error: unknown) => error);
    expect(term).toMatchObject({ name: 'JsonLdError', key: 'errors.credentials.notJsonLd' });
    const said = String((term as JsonLdError).params?.['reason']);
    expect(said).toMatch(/"madeUpTerm"/);
    expect(errorMessage(createTranslator('it'), term)).toBe(
      `Il documento non è JSON-LD valido in modalità sicura: ${said}`,
    );
    const context = [...(achievement['@context'] as string[]), 'https://example.org/ctx'];
    const unknown = await expandSafely({ ...achievement, '@context': context }).catch((error: unknown) => error);
    expect(unknown).toMatchObject({
      name: 'UnknownContextError',
      key: 'errors.credentials.unknownContext',
      params: { url: 'https://example.org/ctx' },
    });
    expect(errorMessage(createTranslator('ro'), unknown)).toBe(
      'Documentul face trimitere la contextul https://example.org/ctx, pe care Challenge Designer nu îl cunoaște; se citesc doar contextele Europass (ELM) și Open Badges 3.0, offline.',
    );
  });

  it('writes JSON-LD files named after the design', () => {
    expect(exportCredential(loadExample('partnership'), 'ob3').fileName).toBe(
      'inclusive-mobility-lab-with-the-city-of-neckarfeld-open-badge-achievement.jsonld',
    );
    expect(exportCredential(loadExample('partnership'), 'ob3-credential').mime).toBe('application/ld+json');
  });
});
