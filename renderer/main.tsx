import '../shared/zod-config';

// The app loads only once zod is configured (zod-config.ts): with static imports, chunks the
// bundler splits off would build their schemas first, and zod's eval probe would run against
// the Content Security Policy.
void import('./boot');
