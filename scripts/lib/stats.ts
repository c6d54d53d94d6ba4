/** Order statistics for the benchmark reports. */

/** The `q`-quantile (0..1) by linear interpolation between closest ranks; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  const a = sorted[lo]!
  const b = sorted[hi]!
  return a + (b - a) * (pos - lo)
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5)
}

export function min(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.min(...values)
}
