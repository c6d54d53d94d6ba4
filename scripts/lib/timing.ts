/**
 * Times the two extractors on one parsed document: warm-up runs first, then `rounds` timed runs
 * of each, alternating which goes first, keeping each extractor's fastest run.
 */
import { EXTRACTORS, type ExtractorName, runExtractor } from './extractors.ts'

export type PageTimes = Record<ExtractorName, number>

export interface TimingOptions {
  rounds: number
  warmup: number
}

function timeOnce(name: ExtractorName, doc: Document, url: string): number {
  const start = performance.now()
  runExtractor(name, doc, url)
  return performance.now() - start
}

/** Fastest time in ms per extractor. `seed` (e.g. the page index) varies who goes first. */
export function timePage(
  doc: Document,
  url: string,
  options: TimingOptions,
  seed: number,
): PageTimes {
  for (let i = 0; i < options.warmup; i++) {
    for (const name of EXTRACTORS) runExtractor(name, doc, url)
  }
  const best: PageTimes = { ours: Number.POSITIVE_INFINITY, plain: Number.POSITIVE_INFINITY }
  for (let round = 0; round < options.rounds; round++) {
    const order = (round + seed) % 2 === 0 ? EXTRACTORS : [...EXTRACTORS].reverse()
    for (const name of order) best[name] = Math.min(best[name], timeOnce(name, doc, url))
  }
  return best
}
