import * as z from 'zod';

// zod compiles object parsers with `new Function` when it may. Two programs are better off with
// its interpreted parsers, so they import this before anything parses:
// - the renderer: the first parse probes for `new Function`, and under our Content Security
//   Policy (no 'unsafe-eval') the probe is reported as a CSP violation in the console. main.tsx
//   imports this, then loads the app (boot.tsx) dynamically, so no schema is built before it.
// - the CLI, which parses a design or two per process: compiling costs more than it saves
//   (first parse of a 10-item design 20 -> 9 ms; equal at the largest design).
z.config({ jitless: true });
