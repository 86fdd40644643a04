// Europass benchmark (issue #19): ELM export plus SHACL validation (LOQ and EDC generic shapes)
// of the large design, target under 1.5 s. The first call also parses the shapes (kept for the
// next calls); the median is over warm calls, as a session validates again after each fix.
// Run: npm run bench -- credentials
import { execFileSync } from 'node:child_process';
import { validateForEuropass } from '../main/services/credentials/credential-service';
import { largeDesign } from './designs';
import { report } from './measure';

const design = largeDesign();
design.offering.homepage = 'https://example.org/course';
design.credential.awardingBodies = [
  { id: 'ab-1', name: 'Universitatea din București', country: 'RO', url: 'https://unibuc.ro' },
];
design.credential.subjectAreas = ['0521'];
design.credential.learningSetting = 'non-formal';

async function time(): Promise<number> {
  const start = performance.now();
  await validateForEuropass(design);
  return performance.now() - start;
}

// A fresh process per cold start: the shapes are parsed once per process.
const cold: number[] = [];
if (process.argv[2] !== '--once')
  for (let i = 0; i < 5; i++) {
    const out = execFileSync(process.execPath, [process.argv[1]!, '--once'], { encoding: 'utf8' });
    cold.push(Number(/COLD (\S+)/.exec(out)![1]));
  }
const first = await time();
if (process.argv[2] === '--once') {
  console.log(`COLD ${first}`);
  process.exit(0);
}
const warm: number[] = [];
for (let i = 0; i < 15; i++) warm.push(await time());
const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.ceil(sorted.length * 0.95) - 1]! };
};
const { findings } = await validateForEuropass(design);
report(`ELM export + SHACL, large design, first call (5 processes)`, stats(cold), 1500);
report(`ELM export + SHACL, large design, warm (15 runs); ${findings.length} findings`, stats(warm), 1500);
