/**
 * Renderer tests wait for what a step draws with findBy* and waitFor. Their default of one second
 * is a race on a busy two-core build machine (a run next to other jobs took 20× longer than
 * usual): a missing element still fails, only after ten seconds instead of one. Files that run
 * without a DOM do not load testing-library for it.
 */
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: 10_000 });
}

export {};
