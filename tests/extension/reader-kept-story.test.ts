/**
 * The reader tab's own copy of its story (src/reader/kept-story.ts) and what the tab shows
 * (src/reader/live-story-load.ts), on an in-memory stand-in for sessionStorage with a quota.
 * The real path (close the page's tab, stop the worker, reload) is
 * tests/e2e/reader-keeps-story.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest'
import type { ExtractOutcome } from '../../src/messaging/outcome.ts'
import { type KeptStorage, keepStory, keptStory } from '../../src/reader/kept-story.ts'
import {
  type LiveSources,
  loadLiveStory,
  retryLiveStory,
} from '../../src/reader/live-story-load.ts'

/** sessionStorage in memory: throws QuotaExceededError past `quota` characters, as browsers do. */
function memoryStorage(
  quota = Number.POSITIVE_INFINITY,
): KeptStorage & { items: Map<string, string> } {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      const others = [...items].filter(([k]) => k !== key)
      const used = others.reduce((sum, [k, v]) => sum + k.length + v.length, 0)
      if (used + key.length + value.length > quota)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      items.set(key, value)
    },
    removeItem: (key) => {
      items.delete(key)
    },
  }
}

const SOURCE_TAB = 7
const PAGE = 'https://dnyuz.com/2026/01/30/chile-spaceport/'
const ORIGINAL = 'https://www.nytimes.com/2026/01/30/world/chile.html'

function story(paragraphs = 3): ExtractOutcome {
  const text = Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i + 1} of the story.`)
  return {
    kind: 'article',
    tabId: SOURCE_TAB,
    pageUrl: PAGE,
    at: 1,
    result: {
      isAggregator: true,
      detection: { confidence: 0.9, signals: [] },
      noArticleReason: null,
      sources: [
        { url: ORIGINAL, label: 'New York Times', kind: 'original' },
        { url: PAGE, label: 'This page', kind: 'page' },
      ],
      article: {
        title: 'Chile nears a spaceport deal',
        byline: null,
        siteName: null,
        publishedTime: null,
        lang: 'en',
        dir: 'ltr',
        excerpt: null,
        leadImage: null,
        html: text.map((p) => `<p>${p}</p>`).join(''),
        text: text.join('\n\n'),
        wordCount: paragraphs * 6,
        readingTimeMinutes: 1,
      },
    },
  }
}

const failure: ExtractOutcome = {
  kind: 'error',
  problem: 'timeout',
  detail: 'timed out',
  tabId: SOURCE_TAB,
  pageUrl: PAGE,
  at: 2,
}

describe('keepStory / keptStory', () => {
  it('keeps the story whole and reads it back', () => {
    const storage = memoryStorage()
    expect(keepStory(storage, SOURCE_TAB, story())).toBe('kept')
    expect(keptStory(storage, SOURCE_TAB)).toEqual({ kind: 'outcome', outcome: story() })
    // Another source tab's reader kept nothing.
    expect(keptStory(storage, SOURCE_TAB + 1)).toBeNull()
  })

  it('a story too large to keep leaves its title and links, and says so', () => {
    const storage = memoryStorage(2_000)
    expect(keepStory(storage, SOURCE_TAB, story(200))).toBe('too-big')
    expect(keptStory(storage, SOURCE_TAB)).toEqual({
      kind: 'too-big',
      title: 'Chile nears a spaceport deal',
      pageUrl: PAGE,
      originalUrl: ORIGINAL,
    })
  })

  it('when not even the links fit, an older story is not left behind as if it were this one', () => {
    const storage = memoryStorage(1_500)
    expect(keepStory(storage, SOURCE_TAB, story(1))).toBe('kept')
    const huge = story(1)
    if (huge.kind !== 'article') throw new Error('unreachable')
    huge.result.article.title = 'x'.repeat(5_000)
    expect(keepStory(storage, SOURCE_TAB, huge)).toBe('not-kept')
    expect(keptStory(storage, SOURCE_TAB)).toBeNull()
  })

  it('an error is not a story: it is not kept and does not replace one', () => {
    const storage = memoryStorage()
    keepStory(storage, SOURCE_TAB, story())
    expect(keepStory(storage, SOURCE_TAB, failure)).toBe('not-kept')
    expect(keptStory(storage, SOURCE_TAB)?.kind).toBe('outcome')
  })

  it('refuses what is not a well-formed kept story', () => {
    const storage = memoryStorage()
    const key = `upstream:reader-story:${SOURCE_TAB}`
    for (const raw of [
      '{not json',
      '"a string"',
      JSON.stringify({ kind: 'outcome', outcome: { kind: 'article', tabId: SOURCE_TAB } }),
      JSON.stringify({ kind: 'outcome', outcome: { ...story(), tabId: SOURCE_TAB + 1 } }),
      JSON.stringify({ kind: 'too-big', title: 3, pageUrl: null, originalUrl: null }),
    ]) {
      storage.setItem(key, raw)
      expect(keptStory(storage, SOURCE_TAB), raw).toBeNull()
    }
    expect(keptStory(null, SOURCE_TAB)).toBeNull()
    expect(keepStory(null, SOURCE_TAB, story())).toBe('not-kept')
  })
})

/** The reader's sources with a background that has `stored` and a tab that is open or not. */
function sources(
  stored: ExtractOutcome | null,
  sourceOpen: boolean,
  storage = memoryStorage(),
): LiveSources & { extracted: number } {
  const live = {
    extracted: 0,
    stored: async () => ({ outcome: stored, sourceOpen }),
    extract: async () => {
      live.extracted++
      if (!sourceOpen) throw new Error('extract asked for a closed tab')
      return story(4)
    },
    kept: () => keptStory(storage, SOURCE_TAB),
    keep: (outcome: ExtractOutcome) => {
      keepStory(storage, SOURCE_TAB, outcome)
    },
  }
  return live
}

describe('what a reader tab for a live page shows', () => {
  it('the stored story, which it keeps, with "Try again" only while the page’s tab is open', async () => {
    const storage = memoryStorage()
    expect(await loadLiveStory(sources(story(), true, storage))).toEqual({
      kind: 'outcome',
      outcome: story(),
      canRetry: true,
    })
    expect(keptStory(storage, SOURCE_TAB)?.kind).toBe('outcome')
    expect(await loadLiveStory(sources(story(), false))).toMatchObject({ canRetry: false })
  })

  it('after the page’s tab closed (nothing stored), the story it kept, without "Try again"', async () => {
    const storage = memoryStorage()
    await loadLiveStory(sources(story(), true, storage))
    const closed = sources(null, false, storage)
    expect(await loadLiveStory(closed)).toEqual({
      kind: 'outcome',
      outcome: story(),
      canRetry: false,
    })
    expect(closed.extracted).toBe(0)
  })

  it('nothing stored or kept and the tab open: a fresh extraction, which it keeps', async () => {
    const storage = memoryStorage()
    const open = sources(null, true, storage)
    expect(await loadLiveStory(open)).toEqual({
      kind: 'outcome',
      outcome: story(4),
      canRetry: true,
    })
    expect(open.extracted).toBe(1)
    expect(keptStory(storage, SOURCE_TAB)).toEqual({ kind: 'outcome', outcome: story(4) })
  })

  it('nothing stored or kept and the tab gone: says so, and extracts nothing', async () => {
    const gone = sources(null, false)
    expect(await loadLiveStory(gone)).toEqual({ kind: 'source-gone', links: null })
    expect(gone.extracted).toBe(0)
  })

  it('a story too large to keep: with the tab gone, its links are still offered', async () => {
    const storage = memoryStorage(2_000)
    await loadLiveStory(sources(story(200), true, storage))
    expect(await loadLiveStory(sources(null, false, storage))).toEqual({
      kind: 'source-gone',
      links: { title: 'Chile nears a spaceport deal', pageUrl: PAGE, originalUrl: ORIGINAL },
    })
  })

  it('a stored error does not hide a story kept before; alone, it is shown with "Try again"', async () => {
    const storage = memoryStorage()
    await loadLiveStory(sources(story(), true, storage))
    expect(await loadLiveStory(sources(failure, true, storage))).toMatchObject({
      outcome: story(),
    })
    expect(await loadLiveStory(sources(failure, true))).toEqual({
      kind: 'outcome',
      outcome: failure,
      canRetry: true,
    })
  })

  it('"Try again" extracts while the tab is open; once it is gone, it shows what is left', async () => {
    const open = sources(failure, true)
    expect(await retryLiveStory(open)).toMatchObject({ outcome: story(4), canRetry: true })
    expect(open.extracted).toBe(1)
    const gone = sources(null, false)
    expect(await retryLiveStory(gone)).toEqual({ kind: 'source-gone', links: null })
    expect(gone.extracted).toBe(0)
  })
})
