import { runCli } from '../../main/cli/program';

/**
 * Runs the CLI in-process and captures what it prints: stdout, stderr, and both in order. The
 * environment is empty (so English) unless given: the LANG of the machine running the tests
 * does not change what the CLI says.
 */
export async function cliWith(env: NodeJS.ProcessEnv, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const both: string[] = [];
  const code = await runCli(
    argv,
    {
      out: (line) => (out.push(line), both.push(line)),
      err: (line) => (err.push(line), both.push(line)),
    },
    env,
  );
  return { code, out: out.join('\n'), err: err.join('\n'), text: both.join('\n') };
}

/** The CLI in English, whatever the test machine's locale. */
export const cli = (...argv: string[]) => cliWith({}, ...argv);
