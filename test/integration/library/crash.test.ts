import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDesignFile } from '../../../main/services/files/design-file';
import { Library } from '../../../main/services/library/library';
import type { Design } from '../../../shared/model';
import { mulberry32 } from '../../helpers/random';
import { useTempDirs } from '../../helpers/temp';

const RUNS = 200;
const SLOTS = 4;

/** Runs the child, SIGKILLs it after `delayMs` of saving; resolves with the last acknowledged generation per slot. */
function runAndKill(
  script: string,
  mode: string,
  target: string,
  start: number,
  delayMs: number,
): Promise<Map<number, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, mode, target, String(start)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acked = new Map<number, number>();
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delayMs);
        else {
          const [slot, generation] = line.split(' ').map(Number);
          acked.set(slot!, generation!);
        }
      }
    });
    child.on('error', reject);
    child.on('close', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`child exited without being killed (${signal})`)),
    );
  });
}

/** All fields of a design must come from one generation. */
function generationOf(design: Design): number {
  const generations = new Set(
    [
      design.title,
      design.summary,
      ...design.outcomes.map((o) => o.statement),
      ...design.activities.map((a) => a.title),
    ].flatMap((text) => [...text.matchAll(/gen (\d+)/g)].map((match) => Number(match[1]))),
  );
  expect(generations.size, `fields from several generations: ${[...generations].join(', ')}`).toBe(1);
  return [...generations][0]!;
}

describe('crash safety: SIGKILL while saving', () => {
  const tempDir = useTempDirs();
  let script: string;

  beforeAll(async () => {
    // Inside the repo, so the bundle's external packages resolve from node_modules.
    script = join(import.meta.dirname, '../../../node_modules/.cache/challenge-designer-tests/crash-child.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, 'crash-child.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      packages: 'external',
      absWorkingDir: join(import.meta.dirname, '../../..'),
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
  });

  it.each([
    ['library', 'the library holds the old or the new version of every design, never a mix'],
    ['file', 'each design file holds the old or the new version, never a mix'],
  ])(
    `%s: ${RUNS} kills — %s`,
    async (mode) => {
      const seed = Date.now() % 100_000;
      const random = mulberry32(seed);
      const target = tempDir();
      let generation = 0;
      const lastAcked = new Map<number, number>();
      // What each slot held at the previous check (may be one save newer than its last ack).
      const lastFound = new Map<number, number>();
      for (let run = 0; run < RUNS; run++) {
        const acked = await runAndKill(script, mode, target, generation, 5 + Math.floor(random() * 60));
        for (const [slot, gen] of acked) lastAcked.set(slot, gen);
        const found = new Map<number, number>();
        if (mode === 'library') {
          const library = Library.open(target);
          expect(library.notice, `seed ${seed}, run ${run}`).toBeNull();
          expect(library.integrityCheck()).toBe('ok');
          for (const [slot] of lastAcked) found.set(slot, generationOf(library.get(`slot-${slot}`)));
          library.close();
        } else {
          for (const [slot] of lastAcked)
            found.set(slot, generationOf(readDesignFile(join(target, `slot-${slot}.cbld`)).design));
        }
        for (const [slot, gen] of found) {
          // Durable: the last acknowledged save, or the one after it if the kill came between commit and ack.
          const lastDurable = acked.get(slot) ?? lastFound.get(slot);
          const inFlight = acked.has(slot) ? acked.get(slot)! + 1 : generation + 1;
          expect([lastDurable, inFlight], `seed ${seed}, run ${run}, slot ${slot}`).toContain(gen);
        }
        for (const [slot, gen] of found) lastFound.set(slot, gen);
        generation = Math.max(generation, ...found.values(), ...lastAcked.values()) + 1;
      }
      expect(lastAcked.size).toBe(SLOTS);
    },
    240_000,
  );
});
