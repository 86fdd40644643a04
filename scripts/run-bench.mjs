// `npm run bench [-- name...]`: runs bench/<name>.bench.ts (all of them by default) and prints figures.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const wanted = process.argv.slice(2);
const benches = readdirSync('bench')
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)));
for (const file of benches) {
  console.log(`\n## ${file}`);
  execFileSync('npx', ['tsx', `bench/${file}`], { stdio: 'inherit' });
}
