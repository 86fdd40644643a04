// Hostile design files (issue 14): how long reading takes to refuse what is not a design file,
// and what the nesting pre-check costs on a large, valid design. Run: npm run bench -- hostile
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDesignFile, serialiseDesign } from '../main/services/files/design-file';
import { parseDesignText } from '../shared/model';
import { largeDesign } from './designs';
import { measure, report } from './measure';

const folder = mkdtempSync(join(tmpdir(), 'cd-bench-hostile-'));
const socket = createServer();
try {
  const nested = (depth: number) => `{"schemaVersion":1,"x":${'['.repeat(depth)}${']'.repeat(depth)}}`;
  symlinkSync('/dev/zero', join(folder, 'zero.cbld'));
  execFileSync('mkfifo', [join(folder, 'pipe.cbld')]);
  await new Promise<void>((resolve) => socket.listen(join(folder, 'socket.cbld'), resolve));
  writeFileSync(join(folder, 'deep.cbld'), nested(20_000));
  writeFileSync(join(folder, 'deep-cut.cbld'), nested(20_000).slice(0, 30_000));
  const refuse = (name: string) => () => {
    try {
      readDesignFile(join(folder, name));
    } catch {
      return;
    }
    throw new Error(`${name} was accepted`);
  };
  for (const [name, what] of [
    ['zero.cbld', 'refuse a .cbld linking to /dev/zero'],
    ['pipe.cbld', 'refuse a named pipe'],
    ['socket.cbld', 'refuse a socket'],
    ['deep.cbld', 'refuse a 20,000-level nested file'],
    ['deep-cut.cbld', 'refuse the same file cut short'],
  ] as const)
    report(what, measure(refuse(name), 50, 5), 1000);

  const large = serialiseDesign(largeDesign());
  report(
    `parse the large design (${(large.length / 1024).toFixed(0)} KB), nesting pre-check included`,
    measure(() => parseDesignText(large), 50, 5),
  );
} finally {
  socket.close();
  rmSync(folder, { recursive: true, force: true });
}
