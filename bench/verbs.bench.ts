// Verb index benchmark (issues 17, 18): the checks build a verb index in every CLI process and
// read each outcome on every keystroke. Cold: a fresh process builds the index of one language
// and reads its first statements (regular expressions compile on first use), 15 processes per
// language. Warm: reading all 500 statements of the largest design with a built index.
// Run: npm run bench -- verbs
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildVerbIndex } from '../shared/checks';
import type { BloomVerbs } from '../shared/catalog';
import { designOfSize } from './designs';
import { measure, report } from './measure';

const LANGUAGES = ['en', 'de', 'el', 'es', 'fr', 'it', 'ro', 'sv'];
const PROCESSES = 15;
const bloomOf = (language: string): BloomVerbs =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'templates', 'bloom', `verbs.${language}.json`), 'utf8'));
const FIRST = [
  'Students will be able to analyse the causes of urban heat islands and their effect on older residents.',
  'Understand the local data and become familiar with the neighbourhood.',
  'Design a monitoring plan with the challenge owner.',
];

const child = process.env['VERBS_BENCH_LANGUAGE'];
if (child) {
  const bloom = bloomOf(child);
  const start = performance.now();
  const index = buildVerbIndex(bloom);
  for (const statement of FIRST) {
    index.leadingVerb(statement);
    index.vagueVerb(statement);
  }
  process.stdout.write(String(performance.now() - start));
} else {
  for (const language of LANGUAGES) {
    const times = Array.from({ length: PROCESSES }, () =>
      Number(
        execFileSync(process.execPath, [process.argv[1]!], {
          env: { ...process.env, VERBS_BENCH_LANGUAGE: language },
          encoding: 'utf8',
        }),
      ),
    ).sort((a, b) => a - b);
    report(`verb index cold (build + 3 statements), ${language}`, {
      median: times[Math.floor(PROCESSES / 2)]!,
      p95: times[PROCESSES - 1]!,
    });
  }
  const statements = designOfSize(1000).outcomes.map((o) => o.statement);
  for (const language of ['en', 'de']) {
    const index = buildVerbIndex(bloomOf(language));
    report(
      `verb index warm, 500 statements, ${language}`,
      measure(
        () => {
          for (const statement of statements) {
            index.leadingVerb(statement);
            index.vagueVerb(statement);
          }
        },
        100,
        10,
      ),
    );
  }
}
