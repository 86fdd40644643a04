import { runCli } from './cli/program';

// The `challenge-designer` program (bundled to dist/main/cli.js, started by bin/).
process.exitCode = await runCli(process.argv.slice(2));
