import { statSync, readFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../../helpers/cli';
import { openInBrowser } from '../../../main/cli/serve-command';
import { CheckService } from '../../../main/services/checks/check-service';
import { LibraryReader } from '../../../main/services/library/library-reader';
import { exampleFiles } from '../../helpers/designs';
import { useTempDirs } from '../../helpers/temp';

const STACK_TRACE = /\n\s+at .+[(:]\d+|Error:/;

describe('the command line validates every option and never prints a stack trace', () => {
  const tempDir = useTempDirs();
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [['list', '--limit', 'abc'], /--limit must be a whole number from 1 to 500/],
    [['list', '--limit', '0'], /--limit must be a whole number from 1 to 500/],
    [['list', '--limit', '-3'], /--limit must be a whole number from 1 to 500/],
    [['list', '--limit', '2.5'], /--limit must be a whole number from 1 to 500/],
    [['list', '--limit', '1e9'], /--limit must be a whole number from 1 to 500/],
    [['list', '--limit', ''], /--limit must be a whole number from 1 to 500/],
    [['list', '--library', ''], /--library needs a folder/],
    [['import', '--library', '', 'x.cbld'], /--library needs a folder/],
    [['search', '--library', '', 'heat'], /--library needs a folder/],
    [['serve', '--port', 'abc'], /--port must be a whole number from 0 to 65535/],
    [['serve', '--port', '70000'], /--port must be a whole number from 0 to 65535/],
    [['serve', '--port', '-1'], /--port must be a whole number from 0 to 65535/],
    [['serve', '--library', ''], /--library needs a folder/],
    [['export', 'x.cbld', '--document', 'poster', '--format', 'pdf'], /--document.*spec, syllabus, proposal, review/],
    [['export', 'x.cbld', '--document', 'spec', '--format', 'odt'], /--format.*docx, pdf/],
    [['export', 'x.cbld', '--document', 'spec', '--format', 'pdf', '--out', ''], /--out needs a file name/],
    [['export', 'x.cbld'], /required option/],
    [['validate'], /missing required argument/],
    [['list', '--frobnicate'], /unknown option/],
    [['frobnicate'], /unknown command/],
    [['search', '--library', '/tmp'], /missing required argument/],
  ])('%j: a clear message and exit 2', async (argv, message) => {
    const result = await cli(...(argv as string[]));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(`${result.out}\n${result.err}`).not.toMatch(STACK_TRACE);
  });

  it('accepts the valid edges', async () => {
    expect((await cli('list', '--library', tempDir(), '--limit', '500')).code).toBe(0);
    expect((await cli('list', '--library', tempDir(), '--limit', '1')).code).toBe(0);
  });

  it('a fault inside one file’s check names the file, goes on, and shows no stack trace', async () => {
    vi.spyOn(CheckService.prototype, 'check').mockImplementationOnce(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'outcomes')");
    });
    const [first, second] = exampleFiles();
    const result = await cli('check', first!, second!);
    expect(result.out).toMatch(/Something went wrong inside Challenge Designer while reading this file/);
    expect(result.out).toMatch(/readiness 100%/);
    expect(result.code).toBe(2);
    expect(`${result.out}\n${result.err}`).not.toMatch(STACK_TRACE);
  });

  it('an unexpected fault anywhere ends in one sentence and exit 70', async () => {
    // `list` opens the library's reader (no design model to load).
    vi.spyOn(LibraryReader, 'open').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    const result = await cli('list', '--library', tempDir());
    expect(result.code).toBe(70);
    expect(result.err).toMatch(
      /^Something went wrong inside Challenge Designer: Maximum call stack size exceeded\. Please report it/,
    );
    expect(result.err).not.toMatch(STACK_TRACE);
  });
});

describe('serve --open keeps the key off every command line', () => {
  it('opens a private local file that forwards to the keyed address', () => {
    const url = 'http://127.0.0.1:41234/#token=s3cr3t-key_value';
    const launched: string[][] = [];
    const cleanup = openInBrowser(url, (command, args) => launched.push([command, ...args]));
    try {
      expect(launched).toHaveLength(1);
      const argv = launched[0]!;
      expect(argv.join(' ')).not.toContain('s3cr3t-key_value');
      const file = argv.at(-1)!;
      expect(file).toMatch(/\.html$/);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
      const html = readFileSync(file, 'utf8');
      expect(html).toContain('http://127.0.0.1:41234/#token=s3cr3t-key_value');
      expect(html).toMatch(/<meta http-equiv="refresh" content="0;url=/);
    } finally {
      cleanup();
    }
    expect(existsSync(launched[0]!.at(-1)!)).toBe(false);
  });
});
