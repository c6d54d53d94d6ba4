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

/** A small deterministic PRNG (mulberry32), so a report's resampling is the same every time. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A 90% confidence interval of median(a) / median(b) for paired samples (a[i] and b[i] measured
 * in the same round): a percentile bootstrap over rounds, 2,000 resamples.
 */
export function pairedRatioInterval(a: readonly number[], b: readonly number[]): [number, number] {
  const n = Math.min(a.length, b.length)
  if (n === 0) return [Number.NaN, Number.NaN]
  const next = random(n)
  const ratios: number[] = []
  for (let i = 0; i < 2000; i++) {
    const ra: number[] = []
    const rb: number[] = []
    for (let j = 0; j < n; j++) {
      const k = Math.floor(next() * n)
      ra.push(a[k]!)
      rb.push(b[k]!)
    }
    ratios.push(median(ra) / median(rb))
  }
  return [quantile(ratios, 0.05), quantile(ratios, 0.95)]
}
