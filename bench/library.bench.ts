// Library benchmark (issue: persistence): 10,000 realistic designs in a real SQLite file.
// Run: npm run bench -- library
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library } from '../main/services/library/library';
import { generatedDesign, largeDesign } from './designs';
import { measure, report } from './measure';

const COUNT = 10_000;
const folder = mkdtempSync(join(tmpdir(), 'cd-bench-library-'));
try {
  const library = Library.open(folder);
  let start = performance.now();
  for (let i = 0; i < COUNT; i++) library.save(generatedDesign(i), 'save');
  const large = largeDesign();
  library.save(large, 'save');
  console.log(
    `filled ${COUNT} designs in ${((performance.now() - start) / 1000).toFixed(1)} s; file ${(statSync(library.file).size / 1e6).toFixed(0)} MB`,
  );

  report(
    'list first 50 by recent',
    measure(() => library.list({ limit: 50 })),
    10,
  );
  const queries = [
    'flood',
    'inclusive mobility',
    'municipality open data',
    'circular campus workshop',
    'trade-offs residents',
  ];
  let q = 0;
  report(
    'full-text search (5 queries, 50 results)',
    measure(() => library.search(queries[q++ % queries.length]!)),
    20,
  );
  report(
    'load + validate the large design',
    measure(() => library.get(large.id)),
    10,
  );
  let n = 0;
  report(
    'autosave, update only',
    measure(() => library.save({ ...large, title: `Large ${n++}` }, 'autosave')),
    5,
  );
  report(
    'autosave with a revision snapshot',
    measure(() => library.save({ ...large, title: `Large ${n++}` }, 'save')),
    5,
  );
  start = performance.now();
  const check = library.integrityCheck();
  console.log(`integrity_check: ${check} in ${(performance.now() - start).toFixed(0)} ms`);
  library.close();
  start = performance.now();
  Library.open(folder).close();
  console.log(`reopen (WAL, quick_check, migrations): ${(performance.now() - start).toFixed(0)} ms`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
