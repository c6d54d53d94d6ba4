/**
 * The two extractors the benchmarks compare, each given an already parsed document:
 * plain Readability as an extension would call it (on a clone, so the page is left alone), and
 * Upstream's `extract()` (which clones internally).
 */
import { Readability } from '@mozilla/readability'
import { extract } from '../../src/core/extract.ts'

export type ExtractorName = 'ours' | 'plain'

export const EXTRACTORS: readonly ExtractorName[] = ['ours', 'plain']

/** Plain Readability's `textContent` (the AEB harness's output), or '' when it finds nothing. */
export function plainText(doc: Document): string {
  return new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? ''
}

/** Our article text, or '' when `extract()` finds no article. */
export function oursText(doc: Document, url: string): string {
  return extract(doc, url).article?.text ?? ''
}

/** Runs one extractor for its output and discards it (the speed benchmark's unit of work). */
export function runExtractor(name: ExtractorName, doc: Document, url: string): void {
  if (name === 'plain') new Readability(doc.cloneNode(true) as Document).parse()
  else extract(doc, url)
}

export function extractText(name: ExtractorName, doc: Document, url: string): string {
  return name === 'plain' ? plainText(doc) : oursText(doc, url)
}
