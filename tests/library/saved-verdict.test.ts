/**
 * A story read back from the reading list keeps what the live story showed: the "Republished
 * copy" mark and the original and publisher links. Every fixture page is extracted by core,
 * saved through the product's own save, read back through the reader's queries, and compared
 * with the live extraction. The rule itself (copy-verdict.ts) is checked on merged entries too.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { extractPage } from '../../src/cli/extract-page.ts'
import type { Source } from '../../src/core/types.ts'
import { savedToResult } from '../../src/library/as-result.ts'
import { savedFromCopy } from '../../src/library/copy-verdict.ts'
import { type LibraryDb, openLibrary } from '../../src/library/db.ts'
import { getArticle, getContent } from '../../src/library/queries.ts'
import { incomingFromResult, saveStory } from '../../src/library/save.ts'
import { pageUrlOf } from '../../src/library/save-result.ts'
import { hasArticle } from '../../src/messaging/outcome.ts'
import { safeSources } from '../../src/shared/links.ts'
import { listFixtures } from '../fixture-loader.ts'

let db: LibraryDb
let n = 0

beforeEach(() => {
  n += 1
  db = openLibrary(`test-verdict-${n}`)
})

afterEach(async () => {
  await db.delete()
})

const upstream = (sources: Source[]) =>
  sources.filter((s) => s.kind === 'original' || s.kind === 'publisher')

describe('a saved story shows what the live story showed', () => {
  // The 5.6 MB page (family `big`) takes seconds to extract and says nothing new here.
  const fixtures = listFixtures().filter(
    (f) => f.expected.hasArticle !== false && f.family !== 'big',
  )

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
    const html = await fixture.html()
    const live = extractPage(new TextEncoder().encode(html), fixture.expected.url)
    if (!hasArticle(live)) throw new Error('the fixture should hold a story')
    const pageUrl = pageUrlOf(live, fixture.expected.url)!
    const { id } = await saveStory(incomingFromResult(live, pageUrl, Date.now()), db)

    const article = await getArticle(id, db)
    const shown = savedToResult(article!, await getContent(id, db))
    expect(shown.isAggregator, 'the "Republished copy" mark').toBe(live.isAggregator)
    expect(shown.isAggregator).toBe(fixture.expected.isAggregator)
    expect(upstream(safeSources(shown))).toEqual(upstream(safeSources(live)))
  })

  it('covers copies and originals alike', () => {
    const verdicts = new Set(fixtures.map((f) => f.expected.isAggregator))
    expect(verdicts).toEqual(new Set([true, false]))
  })
})

describe('savedFromCopy', () => {
  const original: Source = {
    url: 'https://www.nytimes.com/2026/01/30/world/chile.html',
    label: 'New York Times',
    kind: 'original',
  }
  const publisher: Source = { url: 'https://www.nytimes.com/', label: 'NYT', kind: 'publisher' }
  const copy = (url: string) => ({ url, savedAt: 1 })

  it('a page that names its original on another site is a copy', () => {
    expect(
      savedFromCopy({ copies: [copy('https://dnyuz.com/2026/01/30/chile/')], sources: [original] }),
    ).toBe(true)
    // "© Provided by …": a publisher and no original article.
    expect(
      savedFromCopy({ copies: [copy('https://www.msn.com/en-us/news/x')], sources: [publisher] }),
    ).toBe(true)
  })

  it('the original itself, or a page that names only its own site, is not', () => {
    expect(savedFromCopy({ copies: [copy(original.url)], sources: [] })).toBe(false)
    expect(
      savedFromCopy({
        copies: [copy('https://www.nytimes.com/2026/01/30/world/chile.html?utm_source=x')],
        sources: [original, publisher],
      }),
    ).toBe(false)
    expect(savedFromCopy({ copies: [copy('https://dnyuz.com/a/')], sources: [] })).toBe(false)
  })

  it('a story saved first from its original and then from a copy shows the original’s text', () => {
    // The entry's text is the first copy's; the copy only added its address and links.
    expect(
      savedFromCopy({
        copies: [copy(original.url), copy('https://dnyuz.com/2026/01/30/chile/')],
        sources: [original, publisher],
      }),
    ).toBe(false)
    expect(
      savedFromCopy({
        copies: [copy('https://dnyuz.com/2026/01/30/chile/'), copy(original.url)],
        sources: [original, publisher],
      }),
    ).toBe(true)
  })

  it('ignores links that are not web addresses, and entries without a page', () => {
    const bad: Source = { url: 'javascript:alert(1)', label: 'x', kind: 'original' }
    expect(savedFromCopy({ copies: [copy('https://dnyuz.com/a/')], sources: [bad] })).toBe(false)
    expect(savedFromCopy({ copies: [], sources: [original] })).toBe(false)
  })
})
