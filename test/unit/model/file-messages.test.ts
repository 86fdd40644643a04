import { describe, expect, it } from 'vitest';
import { MAX_DESIGN_FILE_BYTES, parseDesignBytes, parseDesignText, type Problem } from '../../../shared/model';
import { sampleDesign } from '../../helpers/designs';

const valid = () => JSON.stringify(sampleDesign(), null, 2);
const withJson = (change: (json: Record<string, unknown>) => void) => {
  const json = JSON.parse(valid()) as Record<string, unknown>;
  change(json);
  return JSON.stringify(json, null, 2);
};
const problemsOf = (input: string | Uint8Array): Problem[] => {
  const result = typeof input === 'string' ? parseDesignText(input) : parseDesignBytes(input);
  if (result.ok) throw new Error('expected the input to be refused');
  return result.problems;
};
const messageOf = (input: string | Uint8Array) => problemsOf(input)[0]!.message;
const allMessages = (input: string | Uint8Array) =>
  problemsOf(input)
    .map((p) => p.message)
    .join('\n');

function utf32(text: string, littleEndian: boolean): Uint8Array {
  const codePoints = [...text].map((char) => char.codePointAt(0)!);
  const view = new DataView(new ArrayBuffer(codePoints.length * 4));
  codePoints.forEach((code, index) => view.setUint32(index * 4, code, littleEndian));
  return new Uint8Array(view.buffer);
}
const bytes = (...parts: (Uint8Array | number[] | string)[]) =>
  new Uint8Array(
    Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part)))),
  );

describe('messages about bad design files name the real problem', () => {
  it('calls a number too large to store what it is', () => {
    const text = valid().replace(/"ects": [^,\n]*/, '"ects": 1e400');
    const message = messageOf(text);
    expect(message).toMatch(/\$\.credential\.ects: .*number too large/);
    expect(message).not.toMatch(/found a number$/);
  });

  it('shows enough precision to see a file is just over the limit', () => {
    const message = messageOf(new Uint8Array(MAX_DESIGN_FILE_BYTES + 1));
    const sizes = [...message.matchAll(/[\d,.]+ (?:MB|bytes)/g)].map((m) => m[0]);
    // "The file is X; design files are at most Y": X and Y must differ on the page.
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    expect(sizes[0]).not.toBe(sizes[1]);
    expect(message).toMatch(/^The file is 20,971,521 bytes; design files are at most 20,971,520 bytes/);
    expect(messageOf(new Uint8Array(50 * 1024 * 1024))).toMatch(/50\.0 MB; design files are at most 20\.0 MB/);
  });

  const json = '{"schemaVersion": 1, "title": "Ελληνικά"}';
  it.each([
    ['UTF-16 little-endian with a byte-order mark', bytes([0xff, 0xfe], Buffer.from(json, 'utf16le')), /UTF-16/],
    ['UTF-16 little-endian without a byte-order mark', bytes(Buffer.from(json, 'utf16le')), /UTF-16/],
    ['UTF-16 big-endian with a byte-order mark', bytes([0xfe, 0xff], Buffer.from(json, 'utf16le').swap16()), /UTF-16/],
    ['UTF-16 big-endian without a byte-order mark', bytes(Buffer.from(json, 'utf16le').swap16()), /UTF-16/],
    ['UTF-32 little-endian with a byte-order mark', bytes([0xff, 0xfe, 0, 0], utf32(json, true)), /UTF-32/],
    ['UTF-32 little-endian without a byte-order mark', utf32(json, true), /UTF-32/],
    ['UTF-32 big-endian with a byte-order mark', bytes([0, 0, 0xfe, 0xff], utf32(json, false)), /UTF-32/],
    ['UTF-32 big-endian without a byte-order mark', utf32(json, false), /UTF-32/],
  ])('names %s', (_name, input, encoding) => {
    const message = messageOf(input);
    expect(message).toMatch(encoding);
    expect(message).toMatch(/re-save it as UTF-8/i);
    expect(message).not.toMatch(/binary/);
    if (encoding.source === 'UTF-16') expect(message).not.toMatch(/UTF-32/);
  });

  it('says when a file was cut inside a multi-byte character', () => {
    const full = Buffer.from(valid().replace('"Sample"', '"Échantillon ș"'));
    const cutAt = full.indexOf(Buffer.from('ș')) + 1;
    expect(messageOf(new Uint8Array(full.subarray(0, cutAt)))).toMatch(/ends in the middle of a character/);
    expect(messageOf(new Uint8Array(full.subarray(0, cutAt)))).toMatch(/cut short/);
  });

  it('locates invalid UTF-8 inside the file', () => {
    const message = messageOf(bytes('{\n  "title": "ab', [0xc3, 0x28], '"\n}'));
    expect(message).toMatch(/not valid UTF-8 .*line 2/);
  });

  it('quotes at most a short excerpt of a huge field name or link', () => {
    const hugeKey = allMessages(withJson((j) => (j[`${'k'.repeat(5_000_000)}`] = 1)));
    expect(hugeKey.length).toBeLessThan(300);
    expect(hugeKey).toMatch(
      /unknown field "k+…" \(5,000,001 characters\)|unknown field "k+…" \(5,000,000 characters\)/,
    );
    const hugeLink = allMessages(
      withJson((j) => ((j.activities as { outcomeIds: string[] }[])[0]!.outcomeIds = ['x'.repeat(3_000_000)])),
    );
    expect(hugeLink.length).toBeLessThan(600);
    expect(hugeLink).toMatch(/3,000,000 characters/);
  });

  it('neutralises control characters and bidirectional overrides it quotes', () => {
    const message = allMessages(withJson((j) => (j['\u001b[2J\u202eevil'] = 1)));
    expect(message).not.toContain('\u001b');
    expect(message).not.toContain('\u202e');
    expect(message).toContain('\\u001b');
  });

  it.each([
    ['a 20,000-level nested list', `{"schemaVersion":1,"x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`],
    ['the same, cut short', `{"schemaVersion":1,"x":${'['.repeat(20_000)}`],
    ['20,000 nested objects', `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`],
    ['nesting hidden after a text with brackets', `{"schemaVersion":1,"t":"[[[{{\\"]]","x":${'['.repeat(40)}`],
  ])('refuses %s before any parser recurses, with the place', (_name, text) => {
    expect(messageOf(text)).toMatch(/nested more than 32 levels deep at line 1, column \d+/);
  });

  it('still accepts brackets inside texts', () => {
    const text = withJson((j) => (j.summary = `${'['.repeat(100)} {{{ "quoted" \\ `));
    expect(parseDesignText(text).ok).toBe(true);
  });
});
