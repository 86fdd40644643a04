// Triage benchmark (issue: coordinator review): a folder of 50 design files read, validated and
// checked for the start screen's triage list. Run: npm run bench -- triage
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogService } from '../main/services/catalog/catalog-service';
import { CheckService } from '../main/services/checks/check-service';
import { triageFolder } from '../main/services/triage';
import { generatedDesign } from './designs';

const folder = mkdtempSync(join(tmpdir(), 'cd-bench-triage-'));
for (let i = 0; i < 50; i++)
  writeFileSync(join(folder, `design-${i}.cbld`), JSON.stringify(generatedDesign(i), null, 2));
const checks = new CheckService(new CatalogService());

const times: number[] = [];
for (let run = 0; run < 12; run++) {
  const start = performance.now();
  const rows = await triageFolder(folder, checks);
  times.push(performance.now() - start);
  if (rows.length !== 50 || rows.some((row) => !row.ok)) throw new Error('triage did not read all 50 files');
}
const first = times[0]!;
const warm = times.slice(2).sort((a, b) => a - b);
const median = warm[Math.floor(warm.length / 2)]!;
console.log(
  `triage of a folder of 50 design files: first ${first.toFixed(0)} ms, then median ${median.toFixed(0)} ms  (target < 2000 ms: ${first < 2000 ? 'met' : 'MISSED'})`,
);
