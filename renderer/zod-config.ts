import { z } from 'zod';

// zod compiles object parsers with `new Function` when it may; its first parse probes for that,
// and under our Content Security Policy (no 'unsafe-eval') the probe is reported as a CSP
// violation in the console. The interpreted parsers are all the renderer needs. Imported first
// in main.tsx, before any schema parses.
z.config({ jitless: true });
