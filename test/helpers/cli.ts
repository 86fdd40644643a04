import { runCli } from '../../main/cli/program';

/** Runs the CLI in-process and captures what it prints: stdout, stderr, and both in order. */
export async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const both: string[] = [];
  const code = await runCli(argv, {
    out: (line) => (out.push(line), both.push(line)),
    err: (line) => (err.push(line), both.push(line)),
  });
  return { code, out: out.join('\n'), err: err.join('\n'), text: both.join('\n') };
}
