// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { FIELD_RULES, type FieldRule } from '../../../renderer/components/field-rules';
import { AssessmentStep } from '../../../renderer/steps/assessment/AssessmentStep';
import { CompetencesStep } from '../../../renderer/steps/competences/CompetencesStep';
import { CredentialStep } from '../../../renderer/steps/credential/CredentialStep';
import { OutcomesStep } from '../../../renderer/steps/outcomes/OutcomesStep';
import { JourneyStep } from '../../../renderer/steps/journey/JourneyStep';
import { readNumber } from '../../../shared/i18n';
import {
  CredentialSpec,
  CustomCompetence,
  Design,
  EscoSkillUri,
  OptionalCountryCode,
  WebAddress,
  createCustomCompetence,
} from '../../../shared/model';
import { sampleDesign } from '../../helpers/designs';
import { renderStep } from '../../helpers/render-step';

/** Text typed into every format field: valid and invalid forms people really type. */
const PROBES: Record<FieldRule | 'number', string[]> = {
  number: ['2,5', '2.5', '150', '120', '104', '-1', '1,500', '1 000', '3,25', 'abc', '7', '0', ''],
  webAddress: [
    'https://[',
    'https://example.org',
    'www.example.org',
    ' https://u-paris.fr ',
    'ftp://x.org',
    'https://',
    '',
  ],
  countryCode: ['fr', 'FR', 'France', 'F1', 'EU', ''],
  countryList: ['fr, ro', 'France', 'FR; EL', 'FR, R', ''],
  escoSkillUri: ['http://data.europa.eu/esco/skill/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d', 'esco:skill', ''],
  customCompetenceTitle: ['', 'Systems thinking'],
};

/** The model schema each text rule ends in: the rule only tidies the text, the model decides. */
const MODEL_SCHEMA: Record<FieldRule, unknown> = {
  webAddress: WebAddress,
  countryCode: OptionalCountryCode,
  countryList: CredentialSpec.shape.countries,
  escoSkillUri: EscoSkillUri,
  customCompetenceTitle: CustomCompetence.shape.title,
};

function designWithEveryFormat(): Design {
  const design = sampleDesign();
  const custom = createCustomCompetence('Own competence');
  design.competences.push(custom);
  design.activities[0]!.resources.push({ id: 'rs-1', title: 'Open data portal', url: '' });
  return design;
}

const STEPS: [string, () => ReactElement][] = [
  ['credential', () => <CredentialStep />],
  ['competences', () => <CompetencesStep />],
  ['outcomes', () => <OutcomesStep />],
  ['journey', () => <JourneyStep />],
  ['assessment', () => <AssessmentStep />],
];

function typeInto(input: HTMLInputElement, text: string): void {
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
}

describe('every format field of the UI validates with the model’s schema', () => {
  it('each text rule is the model’s own schema behind a tidy-up (trim, upper case, a list)', () => {
    for (const rule of Object.keys(FIELD_RULES) as FieldRule[])
      expect(FIELD_RULES[rule].out, rule).toBe(MODEL_SCHEMA[rule]);
  });

  it.each(STEPS)('%s: every probe leaves a valid design; accepted text is what the model accepts', (_, step) => {
    const { design } = renderStep(step(), designWithEveryFormat());
    // Fields are found again after each probe: a changed week moves its activity to another group.
    const keys = [...document.querySelectorAll<HTMLInputElement>('[data-format]')].map((field) =>
      field.hasAttribute('data-field')
        ? `[data-format][data-field="${field.getAttribute('data-field')}"]`
        : `[data-format][aria-label="${field.getAttribute('aria-label')}"]`,
    );
    expect(keys.length).toBeGreaterThan(0);
    const find = (key: string) => document.querySelector<HTMLInputElement>(key)!;
    for (const key of keys) {
      const format = find(key).getAttribute('data-format') as FieldRule | 'number';
      expect(Object.keys(PROBES), key).toContain(format);
      for (const probe of PROBES[format]) {
        const before = JSON.stringify(design());
        typeInto(find(key), probe);
        const field = find(key);
        const accepted = field.getAttribute('aria-invalid') !== 'true';
        const where = `${key} ← "${probe}"`;
        expect(Design.safeParse(design()).success, where).toBe(true);
        if (format === 'number') {
          if (accepted) expect(readNumber(probe).ok, where).toBe(true);
          else {
            expect(field.value, `${where}: the text stays as typed`).toBe(probe);
            expect(JSON.stringify(design()), `${where}: refused, so the design is unchanged`).toBe(before);
          }
        } else {
          expect(field.value, `${where}: the text stays as typed`).toBe(probe);
          expect(accepted, where).toBe(FIELD_RULES[format].safeParse(probe).success);
          if (!accepted) expect(JSON.stringify(design()), `${where}: refused, so the design is unchanged`).toBe(before);
        }
      }
    }
  });

  it('the number fields read decimal commas and refuse what is out of the model’s range', () => {
    const { design } = renderStep(<CredentialStep />, designWithEveryFormat());
    const ects = screen.getByRole('textbox', { name: 'ECTS credits' }) as HTMLInputElement;
    typeInto(ects, '2,5');
    expect(design().credential.ects).toBe(2.5);
    typeInto(ects, '121');
    expect(ects.getAttribute('aria-invalid')).toBe('true');
    expect(design().credential.ects).toBe(2.5);
    expect(CredentialSpec.shape.ects.safeParse(121).success).toBe(false);
  });

  it('the renderer keeps no format rule of its own (no anchored patterns in steps and components)', () => {
    const root = join(import.meta.dirname, '..', '..', '..', 'renderer');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    const offenders = [...files(join(root, 'steps')), ...files(join(root, 'components'))].filter((file) =>
      /\/\^[^/\n]*\$\//.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
