/** Runs `fn` `runs` times after a warm-up and returns the median and 95th percentile in ms. */
export function measure(fn: () => unknown, runs = 200, warmup = 20): { median: number; p95: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, p95: times[Math.floor(runs * 0.95)]! };
}

export function report(name: string, result: { median: number; p95: number }, targetMs?: number): void {
  const verdict =
    targetMs === undefined
      ? ''
      : result.median < targetMs
        ? `  (target < ${targetMs} ms: met)`
        : `  (target < ${targetMs} ms: MISSED)`;
  console.log(
    `${name.padEnd(52)} median ${result.median.toFixed(3).padStart(8)} ms   p95 ${result.p95.toFixed(3).padStart(8)} ms${verdict}`,
  );
}
