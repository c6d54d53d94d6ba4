/**
 * A fingerprint of a story's text, to recognise two copies of one story whose addresses share
 * nothing (an aggregator copy and the original). MinHash over word 4-shingles estimates how much
 * of the text the two share; locality-sensitive bands turn that into index keys, so candidates
 * are found with an IndexedDB lookup instead of comparing against every saved story.
 *
 * 32 hashes in 16 bands of 2: copies sharing ~80% of their shingles meet in at least one band
 * with probability > 0.999, texts sharing under 30% rarely do; candidates are then checked on
 * the whole signature.
 */

const HASHES = 32
const ROWS_PER_BAND = 2
const SHINGLE = 4
/** Estimated share of shingles above which two texts are one story. */
export const SAME_STORY_SIMILARITY = 0.7
/** Texts shorter than this (in words) are not fingerprinted: a teaser says too little. */
const MIN_WORDS = 40

export interface Fingerprint {
  signature: number[]
  bands: string[]
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** 32-bit FNV-1a of a string. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

// One odd multiplier and addend per hash function (fixed, so fingerprints are stable across
// versions; changing them means recomputing every stored fingerprint in a migration).
const SEEDS = Array.from({ length: HASHES }, (_, i) => ({
  a: (fnv1a(`a${i}`) | 1) >>> 0,
  b: fnv1a(`b${i}`),
}))

export function fingerprint(text: string): Fingerprint | null {
  const tokens = words(text)
  if (tokens.length < MIN_WORDS) return null
  const signature = new Array<number>(HASHES).fill(0xffffffff)
  for (let i = 0; i + SHINGLE <= tokens.length; i++) {
    const base = fnv1a(tokens.slice(i, i + SHINGLE).join(' '))
    for (let h = 0; h < HASHES; h++) {
      const seed = SEEDS[h]!
      const value = (Math.imul(base, seed.a) + seed.b) >>> 0
      if (value < signature[h]!) signature[h] = value
    }
  }
  const bands: string[] = []
  for (let b = 0; b < HASHES / ROWS_PER_BAND; b++) {
    const rows = signature.slice(b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND)
    bands.push(`${b}:${rows.map((r) => r.toString(36)).join('.')}`)
  }
  return { signature, bands }
}

/** Estimated Jaccard similarity of the two texts' shingle sets. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0
  let same = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++
  return same / a.length
}
