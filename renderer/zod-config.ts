import { z } from 'zod';

// zod compiles object parsers with `new Function` when it may; its first parse probes for that,
// and under our Content Security Policy (no 'unsafe-eval') the probe is reported as a CSP
// violation in the console. The interpreted parsers are all the renderer needs. main.tsx imports
// this, then loads the app (boot.tsx) dynamically, so no schema is built before it.
z.config({ jitless: true });
