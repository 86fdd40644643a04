#!/usr/bin/env node
// The CLI is bundled to dist/ on install (npm's `prepare`); this file only starts it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `challenge-designer needs Node 22 or later (this is ${process.version}). Run it through npm: npx challenge-designer …`,
  );
  process.exit(2);
}

const cli = new URL('../dist/main/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error(
    'challenge-designer is not built yet: run `npm install` (or `npm run build:main`) in the project folder.',
  );
  process.exit(2);
}
await import(cli.href);
