import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../main/services/errors';
import { readDesignFile, serialiseDesign } from '../../../main/services/files/design-file';
import { sampleDesign } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

const valid = () => serialiseDesign(sampleDesign());
const validWith = (change: (json: Record<string, unknown>) => void) => {
  const json = JSON.parse(valid()) as Record<string, unknown>;
  change(json);
  return JSON.stringify(json, null, 2);
};
const nested = (depth: number) => `{"schemaVersion":1,"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;

// [name, file content, what the message must say]. Every case must be refused, none may crash.
const MALFORMED: [string, string | Buffer, RegExp][] = [
  ['empty', '', /empty/],
  ['only whitespace', ' \n\t\n', /empty/],
  ['binary (PNG header)', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary data/],
  ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]), /not valid UTF-8/],
  ['UTF-16 with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}', 'utf16le')]), /UTF-16/],
  ['truncated JSON', valid().slice(0, 400), /ends too early at line \d+, column \d+/],
  ['UTF-8 BOM then truncated JSON', `\uFEFF${valid().slice(0, 120)}`, /ends too early at line \d+/],
  ['missing comma', '{\n  "schemaVersion": 1\n  "title": "x"\n}', /line 3, column 3/],
  ['trailing comma', '{"schemaVersion": 1,}', /not valid JSON at line 1/],
  ['NaN literal', '{"schemaVersion": NaN}', /not valid JSON/],
  ['plain text', 'Challenge: urban heat\nOutcomes: ...', /not valid JSON at line 1, column 1/],
  ['a JSON array', '[1, 2, 3]', /not a design/],
  ['a JSON string', '"a design"', /not a design/],
  ['null', 'null', /not a design/],
  ['no schemaVersion', validWith((j) => delete j.schemaVersion), /schemaVersion is missing/],
  [
    'schemaVersion as text',
    validWith((j) => (j.schemaVersion = '1')),
    /schemaVersion is missing or not a whole number/,
  ],
  ['future version', validWith((j) => (j.schemaVersion = 99)), /made by a newer version of Challenge Designer/],
  ['title is a number', validWith((j) => (j.title = 7)), /\$\.title: expected string, found a number/],
  ['outcomes missing', validWith((j) => delete j.outcomes), /\$\.outcomes: missing/],
  ['unknown interpretation', validWith((j) => (j.interpretation = 'hackathon')), /\$\.interpretation: invalid option/],
  [
    'dangling outcome link',
    validWith((j) => ((j.activities as { outcomeIds: string[] }[])[0]!.outcomeIds = ['lo-gone'])),
    /\$\.activities\[0\]\.outcomeIds\[0\]: links to outcome "lo-gone", which does not exist/,
  ],
  [
    'duplicate ids',
    validWith((j) => (j.outcomes as unknown[]).push((j.outcomes as unknown[])[0])),
    /\$\.outcomes\[1\]\.id: duplicate id "lo-1"/,
  ],
  [
    '50 MB string',
    `{"schemaVersion":1,"title":"${'x'.repeat(50 * 1024 * 1024)}"}`,
    /50\.0 MB; design files are at most 20\.0 MB/,
  ],
  ['over-long summary', validWith((j) => (j.summary = 'é'.repeat(25_000))), /\$\.summary: too big/],
  ['deep nesting', nested(50_000), /nested more than 32 levels/],
  ['__proto__ key', valid().replace('{', '{"__proto__": {"polluted": true},'), /"__proto__", which is not allowed/],
  [
    'nested constructor key',
    validWith((j) => Object.assign(j.challenge as object, { constructor: { prototype: {} } })),
    /\$\.challenge contains the key "constructor"/,
  ],
  [
    'wrong type deep inside',
    validWith((j) => ((j.credential as Record<string, unknown>).ects = 'three')),
    /\$\.credential\.ects: expected number, found a string/,
  ],
];

describe('reading malformed design files', () => {
  const tempDir = useTempDirs();

  it('covers at least 25 kinds of bad input', () => expect(MALFORMED.length).toBeGreaterThanOrEqual(25));

  it.each(MALFORMED.map(([name, content, message]) => ({ name, content, message })))(
    'refuses $name with a specific message',
    ({ content, message }) => {
      const file = join(tempDir(), 'bad.cbld');
      writeFileSync(file, content);
      const before = readFileSync(file);
      let error: unknown;
      try {
        readDesignFile(file);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ServiceError);
      const { message: text, details } = error as ServiceError;
      expect([text, ...details].join('\n')).toMatch(message);
      expect(readFileSync(file).equals(before)).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('accepts a valid design that starts with a UTF-8 byte-order mark', () => {
    const file = join(tempDir(), 'bom.cbld');
    writeFileSync(file, `\uFEFF${valid()}`);
    expect(readDesignFile(file).design.title).toBe('Sample');
  });

  it('says when the file does not exist', () => {
    expect(() => readDesignFile(join(tempDir(), 'nope.cbld'))).toThrow(/does not exist/);
  });

  it('says when the path is a folder', () => {
    const folder = join(tempDir(), 'folder.cbld');
    mkdirSync(folder);
    expect(() => readDesignFile(folder)).toThrow(/is a folder/);
  });
});
