/** A figure from repeated runs: its median and how far the runs spread. */
export interface Summary {
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return { n: 0, median: NaN, p95: NaN, min: NaN, max: NaN };
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

/** Linear interpolation between the closest ranks (the usual "type 7" quantile). */
function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? NaN;
  const b = sorted[high] ?? NaN;
  return a + (b - a) * (position - low);
}

/** Ratios of paired runs (same round, neighbouring in time): b[i] / a[i]. */
export function pairedRatios(a: readonly number[], b: readonly number[]): number[] {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const base = a[i];
    const other = b[i];
    if (base !== undefined && other !== undefined && base > 0) ratios.push(other / base);
  }
  return ratios;
}

/** Differences of paired runs: b[i] - a[i]. */
export function pairedDifferences(a: readonly number[], b: readonly number[]): number[] {
  const differences: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const base = a[i];
    const other = b[i];
    if (base !== undefined && other !== undefined) differences.push(other - base);
  }
  return differences;
}
