/**
 * Latency percentiles, nearest-rank definition: for n durations sorted ascending, the p-th
 * percentile is the value at 1-based rank ceil(p/100 · n). It is always one of the recorded
 * values (no interpolation); no values → null. Kiln's metrics API and its tests use this one.
 */
export function nearestRank(sortedAscending: ArrayLike<number>, p: number): number | null {
  const n = sortedAscending.length;
  if (n === 0) return null;
  if (!Number.isInteger(p) || p <= 0 || p > 100) throw new RangeError(`percentile must be an integer in 1..100, got ${p}`);
  // p·n is an integer: no floating-point drift (0.95 × 60 would be 57.000…01 and round up wrongly).
  const rank = Math.max(1, Math.ceil((p * n) / 100));
  return sortedAscending[rank - 1] as number;
}

/** Sorts a copy numerically (Array#sort compares as strings by default). */
export function sortedDurations(values: Iterable<number>): Float64Array {
  return Float64Array.from(values).sort();
}
