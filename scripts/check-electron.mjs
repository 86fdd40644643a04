// Electron security review with electronegativity: the shipped main, preload and page, checked
// against the installed Electron version. Fails on any finding of medium severity or higher.
// The online check (AVAILABLE_SECURITY_FIXES, which downloads Electron's release list) is
// excluded: CI has no internet, and Dependabot-style updates cover it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

// The Electron layer's sources (where reviewed exceptions are annotated), the page and package.json.
const scanned = mkdtempSync(join(tmpdir(), 'electronegativity-'));
mkdirSync(join(scanned, 'renderer'));
cpSync('main/electron', join(scanned, 'electron'), { recursive: true });
cpSync('renderer/index.html', join(scanned, 'renderer', 'index.html'));
cpSync('package.json', join(scanned, 'package.json'));

// The CLI of electronegativity 1.10 breaks with a newer hoisted commander; its runner is fine.
// It registers its message function `__` globally through i18n; give it one without the network.
globalThis.__ = (key) => key;
const run = require('@doyensec/electronegativity');
const SEVERITY = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
let result;
try {
  result = await run(
    {
      input: scanned,
      customScan: [],
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
} finally {
  rmSync(scanned, { recursive: true, force: true });
}

const severityOf = (issue) => SEVERITY[issue.severity?.name ?? 'INFORMATIONAL'] ?? 0;
const serious = result.issues.filter((issue) => severityOf(issue) >= SEVERITY.MEDIUM);
for (const issue of result.issues)
  console.log(
    `${severityOf(issue) >= SEVERITY.MEDIUM ? 'FAIL' : 'info'}  ${issue.id}  ${issue.severity?.name}/${issue.confidence?.name}  ${issue.file}:${issue.location?.line ?? ''}  ${issue.description ?? ''}`,
  );
if (result.errors?.length) for (const error of result.errors) console.log(`error  ${JSON.stringify(error)}`);
console.log(
  `electronegativity (Electron ${electronVersion}, ${pkg.name}): ${result.atomicChecks} atomic and ${result.globalChecks} global checks, ` +
    `${result.issues.length} findings, ${serious.length} of medium or higher severity.`,
);
process.exit(serious.length > 0 || result.errors?.length ? 1 : 0);
