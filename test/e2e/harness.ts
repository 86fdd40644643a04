import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-output', 'e2e');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Served {
  /** The address with the token in the fragment, as `serve` prints it. */
  url: string;
  origin: string;
  token: string;
  library: string;
  stop(): Promise<void>;
}

export interface Server {
  url: string;
  origin: string;
  token: string;
  child: ChildProcess;
  /** What serve wrote on stderr so far. */
  stderr: () => string;
}

/** Starts the real CLI (`serve`) on a library folder and waits for the address it prints. */
export async function startServer(
  library: string,
  options: { args?: string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<Server> {
  const child: ChildProcess = spawn(
    process.execPath,
    // In English whatever the machine's locale: the address is read from the English line.
    [join(ROOT, 'dist', 'main', 'cli.js'), '--lang', 'en', 'serve', '--library', library, ...(options.args ?? [])],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: options.env ?? process.env,
    },
  );
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${errors}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: new URLSearchParams(parsed.hash.slice(1)).get('token')!,
    child,
    stderr: () => errors,
  };
}

/** Kills a server the hard way (kill -9: no shutdown, as a crash) and waits until it is gone. */
export function killHard(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill('SIGKILL');
  });
}

/** Starts `serve` on a free port with a fresh library, as a user would; `stop` removes the library. */
export async function serve(
  library = mkdtempSync(join(tmpdir(), 'cd-e2e-library-')),
  options: { args?: string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<Served & { pid: number; stderr: () => string }> {
  const { url, origin, token, child, stderr } = await startServer(library, options);
  return {
    pid: child.pid!,
    stderr,
    url,
    origin,
    token,
    library,
    stop: () =>
      new Promise((resolve) => {
        const done = () => {
          try {
            rmSync(library, { recursive: true, force: true });
          } catch {
            // A library path that never became a folder (a test of start-up failures).
          }
          resolve();
        };
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Opens a step from the step navigation (the first "Steps" navigation; the pager is the second)
 * and waits until its editor, loaded on first visit, is on screen.
 */
export async function goToStep(page: Page, step: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Steps' }).first().getByRole('button', { name: step }).click();
  await page.getByRole('heading', { name: step, level: 2 }).waitFor();
  await page.locator('.step-main .loading').waitFor({ state: 'detached' });
}

/** Saves a full-page screenshot under test-output/e2e for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core in the page (evaluate is not subject to the page's CSP); serious and critical only. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.help}): ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}
