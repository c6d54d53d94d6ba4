/**
 * What a reader sees in the popup or the reader tab, read from the rendered DOM (visible text,
 * links, marks), and the assertions the fixture tests share.
 */
import type { Page } from 'puppeteer-core'
import { expect } from 'vitest'
import type { FixtureExpectation } from '../../fixture-spec.ts'

/** Collapses whitespace, as a reader perceives text. */
export const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim()

export interface ShownStory {
  state: string
  title: string | null
  /** innerText of the story (headline, byline line, body). */
  storyText: string
  /** innerText of the whole page below the toolbar (sources, actions, story). */
  allText: string
  republishedMark: boolean
  original: { href: string; text: string } | null
  publisher: { href: string; text: string } | null
  lang: string | null
  dir: string | null
}

/** The in-page reader's host element; the story is in its shadow root. */
export const IN_PAGE_HOST = 'upstream-reader'

/**
 * Reads the story as shown; `root` is `popup`, `reader` or `in-page-reader` (the last inside the
 * shadow root of the in-page reader's host element, on the web page itself).
 */
export async function readShownStory(
  page: Page,
  root: 'popup' | 'reader' | 'in-page-reader',
): Promise<ShownStory> {
  return page.evaluate(
    (rootId: string, host: string) => {
      const scope: ParentNode =
        rootId === 'in-page-reader'
          ? (document.querySelector(host)?.shadowRoot ?? document.createDocumentFragment())
          : document
      const q = (id: string) => scope.querySelector<HTMLElement>(`[data-testid="${id}"]`)
      const link = (id: string) => {
        const a = q(id) as HTMLAnchorElement | null
        return a ? { href: a.href, text: a.innerText } : null
      }
      const mark = q('republished-copy')
      const story = q('story')
      return {
        state: q(rootId)?.dataset.state ?? '',
        title: q('story-title')?.innerText ?? null,
        storyText: story?.innerText ?? '',
        allText: scope.querySelector<HTMLElement>('main')?.innerText ?? '',
        republishedMark: mark !== null && mark.offsetParent !== null && mark.innerText.length > 0,
        original: link('source-original'),
        publisher: link('source-publisher'),
        lang: story?.getAttribute('lang') ?? null,
        dir: story?.getAttribute('dir') ?? null,
      }
    },
    root,
    IN_PAGE_HOST,
  )
}

/** The fixture's story as expected.json describes it: headline, every paragraph, no clutter, sources. */
export function expectStoryAsExpected(shown: ShownStory, expected: FixtureExpectation): void {
  expect(shown.state).toBe('article')
  expect(normalize(shown.title ?? '')).toBe(normalize(expected.title ?? ''))
  const text = normalize(shown.storyText)
  const missing = (expected.paragraphs ?? []).filter((p) => !text.includes(normalize(p)))
  expect(missing, 'paragraphs missing from the story').toEqual([])
  const everything = normalize(shown.allText)
  const clutter = (expected.mustNotContain ?? []).filter((s) => everything.includes(normalize(s)))
  expect(clutter, 'page clutter shown in the popup').toEqual([])

  expect(shown.republishedMark, 'the "Republished copy" mark').toBe(expected.isAggregator)
  if (expected.originalUrl) {
    expect(shown.original?.href).toBe(expected.originalUrl)
    if (expected.publisher)
      expect(normalize(shown.original?.text ?? '')).toContain(expected.publisher)
  } else {
    expect(shown.original).toBeNull()
  }
  if (expected.byline) expect(text).toContain(normalize(expected.byline))
  if (expected.lang) expect(shown.lang?.split('-')[0]).toBe(expected.lang)
  if (expected.dir) expect(shown.dir ?? 'ltr').toBe(expected.dir)
}
