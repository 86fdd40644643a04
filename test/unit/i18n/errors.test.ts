import { describe, expect, it } from 'vitest';
import { problemLines, internalMessage } from '../../../main/cli/context';
import { fileSystemError, invalidFileError, ServiceError, storageError } from '../../../main/services/errors';
import type { CheckService } from '../../../main/services/checks/check-service';
import { triageTexts } from '../../../main/services/triage';
import { ApiError } from '../../../shared/api';
import {
  englishMessage,
  errorDetails,
  errorMessage,
  message,
  translateMessage,
  type MessageParams,
} from '../../../shared/errors';
import { createTranslator, SHARED_RESOURCES } from '../../../shared/i18n';
import { parseDesignBytes, parseDesignText } from '../../../shared/model';
import { parsePathwayText } from '../../../shared/pathway/parse';

const errno = (code: string) => Object.assign(new Error(`${code}: raw system text`), { code });

function flatten(tree: unknown, prefix = ''): [string, string][] {
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
  );
}

/** A design file with a list where text belongs ($.title) and a field the schema does not know. */
const brokenDesign = () => {
  const result = parseDesignText('{"schemaVersion": 1}');
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};

describe('the English of error messages', () => {
  it('is what i18next makes of every errors.* key (the CLI builds it without i18next)', () => {
    const t = createTranslator('en');
    const keys = flatten(SHARED_RESOURCES.en!['errors'], 'errors.');
    expect(keys.length).toBeGreaterThan(100);
    for (const [fullKey, template] of keys) {
      const plural = /_(one|other)$/.exec(fullKey);
      const key = fullKey.replace(/_(one|other)$/, '');
      const params: MessageParams = {};
      for (const [, name] of template.matchAll(/\{\{\s*(\w+)/g)) params[name!] = name === 'count' ? 0 : `‹${name}›`;
      if (/\{\{\s*(count|more|byte|value), number/.test(template))
        for (const [, name] of template.matchAll(/\{\{\s*(\w+), number/g)) params[name!] = 12345;
      if (plural) params['count'] = plural[1] === 'one' ? 1 : 12345;
      expect(englishMessage(key, params), fullKey).toBe(t(key, params));
    }
  });

  it('keeps today’s wording: services and file problems say the same in English', () => {
    expect(fileSystemError(errno('ENOSPC'), 'write', '/d/plan.cbld').message).toBe(
      'The disk is full, so /d/plan.cbld could not be saved. Free some space or save elsewhere; the previous version of the file is intact.',
    );
    expect(storageError(errno('SQLITE_READONLY'), '/lib', 'open')?.message).toBe(
      'The library in /lib is on a read-only drive, so Challenge Designer cannot use it. Choose a library folder on a writable drive.',
    );
    expect(storageError(errno('EIO'))?.message).toBe(
      'The drive of the library reported an error (EIO). Your last saved version is intact; check the drive and try again.',
    );
    expect(brokenDesign().map((p) => p.message)).toContain('$.title: missing (expected string)');
    const error = invalidFileError('plan.cbld', brokenDesign());
    expect(error.message).toMatch(/^plan\.cbld could not be opened: it has \d+ problems\. \$\.\w+: missing/);
  });

  it('plural forms follow the count', () => {
    const problems = brokenDesign();
    expect(invalidFileError('a.cbld', problems.slice(0, 1)).message).toMatch(/it has a problem\./);
    expect(englishMessage('errors.problem.more', { count: 1 })).toBe('… and 1 more problem of the same kind.');
    expect(englishMessage('errors.problem.more', { count: 2500 })).toBe('… and 2,500 more problems of the same kind.');
  });
});

describe('errors shown in the reader’s language', () => {
  it('a full disk, in French, keeps the path with Romanian letters and emoji intact', () => {
    const path = '/home/ștefan/Cursuri țărănești 📚/plan 🌍.cbld';
    const error = fileSystemError(errno('ENOSPC'), 'write', path);
    const french = errorMessage(createTranslator('fr'), error);
    expect(french).toContain(path);
    expect(french).toMatch(/disque est plein/);
    expect(french).not.toMatch(/disk is full/);
    const romanian = errorMessage(createTranslator('ro'), error);
    expect(romanian).toContain(path);
    expect(romanian).not.toMatch(/[şţ]/); // comma below, never cedilla
  });

  it('every language has its own words for every key (no English left)', () => {
    const english = new Map(flatten(SHARED_RESOURCES.en!['errors'], 'errors.'));
    for (const language of ['de', 'el', 'es', 'fr', 'it', 'ro', 'sv']) {
      const own = new Map(flatten(SHARED_RESOURCES[language]!['errors'] ?? {}, 'errors.'));
      for (const key of english.keys()) expect(own.has(key), `${language}: ${key}`).toBe(true);
    }
  });

  it('a design file’s problems, in Greek: the summary and each detail, with the JSON path', () => {
    const t = createTranslator('el');
    const error = invalidFileError('σχέδιο.cbld', brokenDesign());
    const summary = errorMessage(t, error);
    expect(summary).toContain('σχέδιο.cbld');
    expect(summary).toMatch(/[\u0370-\u03ff]{4}/);
    expect(summary).not.toMatch(/could not be opened/);
    const details = errorDetails(t, error);
    expect(details).toHaveLength(error.details.length);
    expect(details.find((line) => line.startsWith('$.title'))).toMatch(/^\$\.title: [\u0370-\u03ff]/);
  });

  it('the CLI prints a German line for an unreadable design file, and English without a translator', () => {
    const binary = parseDesignBytes(new Uint8Array([0x7b, 0, 1, 2]));
    if (binary.ok) throw new Error('expected a problem');
    const error = invalidFileError('kurs.cbld', binary.problems);
    const german = problemLines(error, createTranslator('de'));
    expect(german).toHaveLength(1);
    expect(german[0]).toMatch(/Binärdaten/);
    expect(german[0]).toContain('.cbld');
    expect(problemLines(error)).toEqual(error.details);
    expect(problemLines(new TypeError('boom'), createTranslator('de'))[0]).toMatch(/boom/);
    expect(problemLines(new TypeError('boom'), createTranslator('de'))[0]).not.toMatch(/went wrong/);
    expect(internalMessage(new TypeError('boom'), createTranslator('de'))).not.toMatch(/went wrong/);
    expect(internalMessage(new TypeError('boom'))).toMatch(/^Something went wrong inside Challenge Designer: boom\./);
  });

  it('a message inside a message is translated too (a syntax error’s reason, a value’s kind)', () => {
    const result = parseDesignText('{"schemaVersion": 1,,}');
    if (result.ok) throw new Error('expected a problem');
    const spanish = translateMessage(createTranslator('es'), result.problems[0]!);
    expect(spanish).not.toMatch(/expected|unexpected/);
    const pathway = parsePathwayText('{"outcomes": []}');
    if (pathway.ok) throw new Error('expected a problem');
    expect(translateMessage(createTranslator('sv'), pathway.problems[0]!)).toMatch(/\.cbld/);
  });

  it('falls back to English: a key no catalogue has, an error without a key, a system’s own words', () => {
    const fr = createTranslator('fr');
    const unknown = new ServiceError('io', { key: 'errors.nowhere', message: 'The English sentence.' });
    expect(errorMessage(fr, unknown)).toBe('The English sentence.');
    expect(errorMessage(fr, new ServiceError('io', 'Plain text.'))).toBe('Plain text.');
    expect(errorMessage(fr, new Error('raw'))).toBe('raw');
    expect(errorMessage(fr, 'a string')).toBe('a string');
    // A reason from the system stays as it is inside the translated sentence.
    const failed = fileSystemError(errno('EWHATEVER'), 'read', '/x');
    expect(errorMessage(fr, failed)).toContain('EWHATEVER: raw system text');
    // A language without the key shows English, through i18next's fallback (this French lacks every error).
    const partial = createTranslator('fr', { fr: { errors: {} } });
    expect(translateMessage(partial, message('errors.export.noExample', { id: 'x' }))).toBe(
      'There is no example called x.',
    );
    expect(translateMessage(fr, message('errors.export.noExample', { id: 'x' }))).toMatch(/^Il n’existe aucun exemple/);
  });

  it('keys and params cross the API as data and come back as the same message', () => {
    const error = invalidFileError('plan.cbld', brokenDesign());
    const wire = JSON.parse(JSON.stringify(ApiError.from({ ...error, message: error.message, code: error.code })));
    const back = ApiError.from(wire);
    const it_ = createTranslator('it');
    expect(errorMessage(it_, back)).toBe(errorMessage(it_, error));
    expect(errorDetails(it_, back)).toEqual(errorDetails(it_, error));
    expect(back.details).toEqual(error.details);
  });

  it('a triage row for an unreadable file says why in the reader’s language', () => {
    const [row] = triageTexts([{ name: 'vuoto 📄.cbld', text: '' }], {} as CheckService);
    if (!row || row.ok) throw new Error('expected a failed row');
    expect(row.problem).toBe('The file is empty: it holds no design.');
    expect(translateMessage(createTranslator('it'), { message: row.problem, ...row.problemKey })).toBe(
      'Il file è vuoto: non contiene alcun progetto.',
    );
  });
});
