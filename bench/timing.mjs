// Shared by the in-process benches: the median time of a function over some rounds.

/** The median wall time in ms of `rounds` calls of `fn`, each after a full GC when --expose-gc is on. */
export function medianMs(fn, rounds) {
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    globalThis.gc?.();
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}
