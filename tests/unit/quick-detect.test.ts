/**
 * The content script's quick detection (browser selector engine, no repeated-block search) must
 * reach the same verdict as the full analysis on every fixture page; otherwise the badge and the
 * in-page reader would disagree with the popup.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../src/cli/parse-html.ts'
import { detect, quickDetect } from '../../src/core/detect.ts'
import { listFixtures } from '../fixture-loader.ts'

describe('quickDetect', () => {
  it.each(listFixtures().map((f) => [f.name, f] as const))(
    '%s: same verdict as the full analysis and as expected',
    async (_name, fixture) => {
      const doc = parseHtml(await fixture.html(), fixture.expected.url)
      const quick = quickDetect(doc, fixture.expected.url)
      const full = detect(doc, fixture.expected.url)
      expect({ isAggregator: quick.isAggregator, hasArticle: quick.hasArticle }).toEqual({
        isAggregator: full.isAggregator,
        hasArticle: full.hasArticle,
      })
      expect(quick.isAggregator).toBe(fixture.expected.isAggregator)
    },
  )
})
