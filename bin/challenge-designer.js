#!/usr/bin/env node
// The CLI is bundled to dist/ on install (npm's `prepare`); this file only starts it.
import { existsSync } from 'node:fs';
import module from 'node:module';
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
// V8 keeps the compiled code of the CLI and its libraries on disk (Node's module compile cache, in
// the temp folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off): a command then starts without
// compiling them again (DOCX export of a small design: about 35 ms less).
module.enableCompileCache?.();
await import(cli.href);
