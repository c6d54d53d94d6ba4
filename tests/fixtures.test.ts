/**
 * The fixture harness: every page in tests/fixtures must come out as a reader would want it —
 * every story paragraph, none of the chrome, the right headline, detection and original link.
 */
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../src/cli/parse-html.ts'
import { extract } from '../src/core/extract.ts'
import type { ExtractionResult } from '../src/core/types.ts'
import { listFixtures } from './fixture-loader.ts'

const normalize = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim()
const fixtures = listFixtures()

describe('fixtures', () => {
  it('cover every adapter family with two pages, plus the special cases', () => {
    const families = new Map<string, number>()
    for (const f of fixtures) families.set(f.family, (families.get(f.family) ?? 0) + 1)
    for (const family of ['jnews', 'tagdiv', 'yahoo', 'msn', 'newsbreak', 'amp']) {
      expect(families.get(family) ?? 0, family).toBeGreaterThanOrEqual(2)
    }
    for (const family of ['original', 'home', 'hostile', 'rtl', 'big']) {
      expect(families.get(family) ?? 0, family).toBeGreaterThanOrEqual(1)
    }
    expect(fixtures.length).toBeGreaterThanOrEqual(16)
  })

  describe.each(fixtures)('$name', (fixture) => {
    const { expected } = fixture
    let result: ExtractionResult
    const run = async () => {
      if (!result) {
        const html = await fixture.html()
        if (fixture.family === 'big') expect(html.length).toBeGreaterThan(5 * 1024 * 1024)
        result = extract(parseHtml(html, expected.url), expected.url)
      }
      return result
    }

    it('detection', async () => {
      const r = await run()
      expect(r.isAggregator, JSON.stringify(r.detection.signals)).toBe(expected.isAggregator)
      expect(r.article !== null, r.noArticleReason ?? '').toBe(expected.hasArticle)
      if (!expected.hasArticle) expect(r.noArticleReason).toBeTruthy()
      const kinds = r.detection.signals.map((s) => s.kind)
      for (const kind of expected.signals ?? []) expect(kinds).toContain(kind)
    })

    if (!expected.hasArticle) return

    it('title', async () => {
      const r = await run()
      expect(normalize(r.article?.title ?? '')).toBe(normalize(expected.title ?? ''))
    })

    it('every story paragraph', async () => {
      const text = normalize((await run()).article?.text ?? '')
      const missing = (expected.paragraphs ?? []).filter((p) => !text.includes(normalize(p)))
      expect(missing).toEqual([])
    })

    it('none of the chrome', async () => {
      const text = normalize((await run()).article?.text ?? '')
      const leaked = (expected.mustNotContain ?? []).filter((s) => text.includes(normalize(s)))
      expect(leaked).toEqual([])
    })

    it('sources', async () => {
      const r = await run()
      if (expected.originalUrl) {
        expect(r.sources.filter((s) => s.kind === 'original').map((s) => s.url)).toContain(
          expected.originalUrl,
        )
      } else {
        expect(r.sources.some((s) => s.kind === 'original')).toBe(false)
      }
      if (expected.publisher) {
        const publishers = r.sources.filter((s) => s.kind === 'publisher').map((s) => s.label)
        expect(
          publishers.some((l) =>
            normalize(l).toLowerCase().includes(normalize(expected.publisher!).toLowerCase()),
          ),
        ).toBe(true)
      }
      expect(r.sources.some((s) => s.kind === 'page')).toBe(true)
    })

    it('metadata and safety', async () => {
      const article = (await run()).article!
      if (expected.byline) expect(article.byline ?? '').toContain(expected.byline)
      // A page whose author field names only its publisher shows no byline at all.
      if (expected.byline === null) expect(article.byline).toBeNull()
      if (expected.lang) expect((article.lang ?? '').split('-')[0]).toBe(expected.lang)
      if (expected.dir) expect(article.dir).toBe(expected.dir)
      for (const bad of expected.htmlMustNotContain ?? [])
        expect(article.html.toLowerCase()).not.toContain(bad.toLowerCase())
      expect(article.wordCount).toBeGreaterThan(0)
      expect(article.readingTimeMinutes).toBeGreaterThanOrEqual(1)
    })
  })
})
