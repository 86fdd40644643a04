import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesignText, type Problem } from '../../../shared/model';
import {
  MAX_PATHWAY_FILE_BYTES,
  parsePathwayBytes,
  parsePathwayText,
  pathwayJsonSchema,
  PATHWAY_SCHEMA_VERSION,
} from '../../../shared/pathway';
import { EXAMPLES_DIR } from '../../helpers/designs';

const EXAMPLE = join(EXAMPLES_DIR, 'cities-in-transition.cbpath');
const valid = () => readFileSync(EXAMPLE, 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reaches into the parsed JSON freely
type Json = Record<string, any>;
const withJson = (change: (json: Json) => void) => {
  const json = JSON.parse(valid()) as Json;
  change(json);
  return JSON.stringify(json, null, 2);
};
const problems = (input: string | Uint8Array): Problem[] => {
  const result = typeof input === 'string' ? parsePathwayText(input) : parsePathwayBytes(input);
  if (result.ok) throw new Error('expected the pathway file to be refused');
  return result.problems;
};
const message = (input: string | Uint8Array) =>
  problems(input)
    .map((p) => p.message)
    .join('\n');

describe('pathway files are read like design files (one pipeline)', () => {
  it('reads the example pathway of the three examples', () => {
    const result = parsePathwayText(valid());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(PATHWAY_SCHEMA_VERSION);
    expect(result.value.parts.map((p) => p.id)).toEqual(['p-heat', 'p-campus', 'p-mobility']);
  });

  it('accepts a UTF-8 byte-order mark, as design files do', () => {
    expect(parsePathwayBytes(new Uint8Array(Buffer.from(`\uFEFF${valid()}`))).ok).toBe(true);
  });

  it.each<[string, string | Uint8Array, RegExp]>([
    ['an empty file', '', /The file is empty: it holds no pathway\./],
    [
      'JSON with a syntax error',
      '{"schemaVersion": 1,\n  "type": "pathway" "id": "x"}',
      /not valid JSON at line 2, column \d+/,
    ],
    ['a file cut short', valid().slice(0, 200), /ends too early at line/],
    ['JSON that is a list', '[1, 2, 3]', /holds JSON, but not a pathway/],
    [
      'a nesting bomb',
      `{"schemaVersion":1,"x":${'['.repeat(5000)}${']'.repeat(5000)}}`,
      /nested more than 32 levels deep .* a pathway file never is/,
    ],
    [
      'a prototype key',
      valid().replace('"id": "p-heat"', '"__proto__": {}, "id": "p-heat"'),
      /\$\.parts\[0\] contains the key "__proto__", which is not allowed in a pathway file/,
    ],
    [
      'a newer format',
      withJson((j) => (j['schemaVersion'] = 9)),
      /This pathway was made by a newer version of Challenge Designer \(file format 9\)/,
    ],
    ['no version', withJson((j) => delete j['schemaVersion']), /schemaVersion is missing or not a whole number/],
    [
      'a version no pathway ever had',
      withJson((j) => (j['schemaVersion'] = 0)),
      /schemaVersion is missing or not a whole number/,
    ],
    [
      'a design file',
      readFileSync(join(EXAMPLES_DIR, 'theme-urban-heat.cbld'), 'utf8'),
      /This is a design file \(\.cbld\), not a pathway/,
    ],
    [
      'a part linking to a part that does not exist',
      withJson((j) => (j['parts'][2]['prerequisites'] = ['p-nowhere'])),
      /\$\.parts\[2\]\.prerequisites\[0\]: links to part "p-nowhere", which does not exist/,
    ],
    [
      'a part that is its own prerequisite',
      withJson((j) => (j['parts'][0]['prerequisites'] = ['p-heat'])),
      /\$\.parts\[0\]\.prerequisites\[0\]: a part cannot be its own prerequisite/,
    ],
    [
      'two parts with one id',
      withJson((j) => (j['parts'][1]['id'] = 'p-heat')),
      /\$\.parts\[1\]\.id: duplicate id "p-heat"/,
    ],
    ['credits out of range', withJson((j) => (j['target']['ects'] = 500)), /\$\.target\.ects/],
    [
      'a decimal comma in the credits',
      withJson((j) => (j['target']['ects'] = '12,5')),
      /\$\.target\.ects: expected number, found a string/,
    ],
    ['an unknown field', withJson((j) => (j['colour'] = 'red')), /unknown field "colour"/],
    [
      'an SDG target that is not one',
      withJson((j) => (j['sdgTargets'] = ['11.99x'])),
      /\$\.sdgTargets\[0\]: must be an SDG target code/,
    ],
    [
      'UTF-16',
      new Uint8Array([0xff, 0xfe, ...Buffer.from(valid(), 'utf16le')]),
      /saved as UTF-16 .* pathway files are UTF-8/,
    ],
    [
      'binary data',
      new Uint8Array([0x7b, 0, 1, 2]),
      /binary data: it is not a pathway file \(\.cbpath files are text\)/,
    ],
    [
      'a character cut in two',
      new Uint8Array([...Buffer.from('{"title": "ș'), 0xc8]),
      /ends in the middle of a character/,
    ],
  ])('refuses %s with a message that says what is wrong', (_name, input, expected) => {
    expect(message(input)).toMatch(expected);
  });

  it('refuses a file over the size limit before reading it as JSON', () => {
    expect(message(new Uint8Array(MAX_PATHWAY_FILE_BYTES + 1))).toMatch(
      /^The file is 2,097,153 bytes; pathway files are at most 2,097,152 bytes \(2\.0 MB\)/,
    );
  });

  it('keeps Greek, Romanian and emoji in titles as they are', () => {
    const text = withJson((j) => (j['title'] = 'Πόλεις σε μετάβαση · Orașe în tranziție 🌍'));
    const result = parsePathwayText(text);
    expect(result.ok && result.value.title).toBe('Πόλεις σε μετάβαση · Orașe în tranziție 🌍');
  });

  it('a design reader given a pathway says what it is instead of listing unknown fields', () => {
    const result = parseDesignText(valid());
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/This is a pathway file \(\.cbpath\), not a design/),
        }),
      ]);
  });
});

describe('published pathway JSON Schema', () => {
  it('matches the zod schema (run `npm run schema` after changing the model)', () => {
    const committed = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../templates/schema/pathway.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(pathwayJsonSchema());
  });
});
