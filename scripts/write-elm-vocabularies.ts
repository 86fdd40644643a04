// Regenerates templates/elm/vocabularies.json from the Europass controlled vocabularies
// (templates/elm/vocabularies/*.xsd, copied from the European Learning Model; see SOURCES.md).
// `npx tsx scripts/write-elm-vocabularies.ts`; test/unit/credentials/vocabularies.test.ts fails
// when the JSON drifts from what this script makes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'templates/elm/vocabularies';

/** Every enumeration of an XSD code list: its URI and its English label. */
export function readVocabulary(file: string): { uri: string; label: string }[] {
  const text = readFileSync(join(DIR, file), 'utf8');
  const entries = text.matchAll(
    /<xs:enumeration value="([^"]+)">\s*<xs:annotation>\s*<xs:documentation>([\s\S]*?)<\/xs:documentation>/g,
  );
  return [...entries].map(([, uri, label]) => ({ uri: uri!, label: label!.replace(/\s+/g, ' ').trim() }));
}

const byLabel = (file: string, labels: Record<string, string>) => {
  const entries = readVocabulary(file);
  return Object.fromEntries(
    Object.entries(labels).map(([key, label]) => {
      const entry = entries.find((e) => e.label.toLowerCase() === label.toLowerCase());
      if (!entry) throw new Error(`${file} has no entry labelled "${label}"`);
      return [key, entry];
    }),
  );
};

/**
 * EU Publications Office language codes (ISO 639-3 based, upper case) for the languages a
 * design may be taught in: the 24 official EU languages, then others of the EHEA and beyond.
 */
const LANGUAGES: Record<string, string> = {
  bg: 'BUL',
  cs: 'CES',
  da: 'DAN',
  de: 'DEU',
  el: 'ELL',
  en: 'ENG',
  es: 'SPA',
  et: 'EST',
  fi: 'FIN',
  fr: 'FRA',
  ga: 'GLE',
  hr: 'HRV',
  hu: 'HUN',
  it: 'ITA',
  lt: 'LIT',
  lv: 'LAV',
  mt: 'MLT',
  nl: 'NLD',
  pl: 'POL',
  pt: 'POR',
  ro: 'RON',
  sk: 'SLK',
  sl: 'SLV',
  sv: 'SWE',
  ar: 'ARA',
  az: 'AZE',
  be: 'BEL',
  bs: 'BOS',
  ca: 'CAT',
  cy: 'CYM',
  eu: 'EUS',
  fa: 'FAS',
  gl: 'GLG',
  he: 'HEB',
  hi: 'HIN',
  hy: 'HYE',
  is: 'ISL',
  ja: 'JPN',
  ka: 'KAT',
  ko: 'KOR',
  lb: 'LTZ',
  mk: 'MKD',
  nb: 'NOB',
  nn: 'NNO',
  no: 'NOR',
  ru: 'RUS',
  sq: 'SQI',
  sr: 'SRP',
  tr: 'TUR',
  uk: 'UKR',
  zh: 'ZHO',
};

/** Where the authority's country name differs from the ISO 3166 English short name Intl gives. */
const COUNTRY_OVERRIDES: Record<string, string> = {
  EU: 'EUR',
  XK: '1A0',
  TR: 'TUR',
  BA: 'BIH',
  FO: 'FRO',
  VA: 'VAT',
  AG: 'ATG',
  CV: 'CPV',
  CG: 'COG',
  CD: 'COD',
  GM: 'GMB',
  HM: 'HMD',
  HK: 'HKG',
  MO: 'MAC',
  PS: 'PSE',
  BL: 'BLM',
  KN: 'KNA',
  LC: 'LCA',
  MF: 'MAF',
  PM: 'SPM',
  VC: 'VCT',
  ST: 'STP',
  GS: 'SGS',
  SJ: 'SJM',
  TT: 'TTO',
  TC: 'TCA',
  UM: 'UMI',
  VI: 'VIR',
  TF: 'FQ0',
  SH: 'SHN',
  BQ: 'BES',
  MM: 'MMR',
  WF: 'WLF',
};

function countries(): Record<string, string> {
  const entries = readVocabulary('country.xsd');
  const byName = new Map(entries.map((e) => [e.label.toLowerCase(), e.uri.split('/').at(-1)!]));
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const result: Record<string, string> = {};
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const alpha2 = String.fromCharCode(a, b);
      // Withdrawn codes (DD, YU, …) canonicalise to their successors: keep the map one-to-one.
      if (Intl.getCanonicalLocales(`und-${alpha2}`)[0] !== `und-${alpha2}`) continue;
      const override = COUNTRY_OVERRIDES[alpha2];
      const name = names.of(alpha2);
      const code = override ?? (name ? byName.get(name.toLowerCase()) : undefined);
      if (code) result[alpha2] = code;
    }
  return result;
}

const vocabularies = {
  source:
    'European Learning Model v3 controlled vocabularies (european-commission-empl/European-Learning-Model, EUPL-1.2); languages and countries: EU Publications Office authority tables',
  iscedF: Object.fromEntries(readVocabulary('isced-f.xsd').map(({ uri, label }) => [uri.split('/').at(-1)!, label])),
  eqf: readVocabulary('eqf.xsd').map((e) => e.uri),
  ects: byLabel('credit-points.xsd', { ects: 'European Credit Transfer System' })['ects'],
  learningSetting: byLabel('europass-learning-setting-types.xsd', {
    formal: 'formal learning',
    'non-formal': 'non-formal learning',
  }),
  mode: byLabel('europass-modes.xsd', { onsite: 'Presential', online: 'Online', blended: 'Blended' }),
  opportunityType: byLabel('europass-learning-opportunity-types.xsd', { micro: 'Short learning programme' })['micro'],
  assessmentType: byLabel('europass-learning-assessment-types.xsd', {
    portfolio: 'portfolio',
    'reflective-journal': 'continuous evaluation',
    'project-report': 'project work',
    prototype: 'artefact assessment',
    presentation: 'group performance',
    'peer-assessment': 'peer assessment',
    'self-assessment': 'continuous evaluation',
    'oral-exam': 'oral examination',
    'written-exam': 'written examination',
    quiz: 'quiz',
  }),
  activityType: byLabel('europass-learning-activity-types.xsd', {
    acquisition: 'classroom coursework',
    collaboration: 'workshop, seminar or conference',
    discussion: 'workshop, seminar or conference',
    investigation: 'research',
    practice: 'lab / simulation / practice coursework',
    production: 'lab / simulation / practice coursework',
  }),
  languages: LANGUAGES,
  countries: countries(),
};

if (process.argv[1]?.endsWith('write-elm-vocabularies.ts')) {
  writeFileSync('templates/elm/vocabularies.json', `${JSON.stringify(vocabularies, null, 2)}\n`);
  console.log('wrote templates/elm/vocabularies.json');
}
export { vocabularies };
