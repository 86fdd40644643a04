import { runCli } from './cli/program';
import { EXIT, internalMessage } from './cli/context';

// The `challenge-designer` program (bundled to dist/main/cli.js, started by bin/). A fault after
// the command returned (the server's callbacks) also ends in one sentence, never a stack trace.
const fault = (error: unknown) => {
  process.stderr.write(`${internalMessage(error)}\n`);
  process.exit(EXIT.internal);
};
process.on('uncaughtException', fault);
process.on('unhandledRejection', fault);
process.exitCode = await runCli(process.argv.slice(2));
