/**
 * The toolbar popup in headless Chromium, after a real toolbar click (CDP
 * Extensions.triggerAction, which grants activeTab) on fixture pages served at their real
 * addresses: what a user sees for an aggregator's copy, the original article, a home page and
 * the browser's own pages.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { t } from '../../src/i18n/t.ts'
import { FIRST_SCREEN_CHARS } from '../../src/shared-ui/first-screen.ts'
import { RESTRICTION_TEXT } from '../../src/shared-ui/restriction-text.ts'
import { listFixtures } from '../fixture-loader.ts'
import { trackPages } from './harness/artifacts.ts'
import {
  type Chromium,
  clickToolbar,
  launchChromium,
  openTab,
  settledState,
} from './harness/chromium.ts'
import { type FixtureServer, startFixtureServer } from './harness/fixture-server.ts'
import { expectStoryAsExpected, normalize, readShownStory } from './harness/story.ts'

let server: FixtureServer
let chromium: Chromium
const pages = trackPages(import.meta.filename, () => chromium?.browser)

beforeAll(async () => {
  server = await startFixtureServer()
  chromium = await launchChromium({ server })
})

afterAll(async () => {
  await chromium?.close()
  await server?.close()
})

/** Opens the fixture at its real URL, clicks the toolbar button, returns the settled popup. */
async function popupOn(url: string) {
  const tab = pages.track(await openTab(chromium, url), 'page')
  const popup = pages.track(await clickToolbar(chromium, tab), 'popup')
  const state = await settledState(popup, 'popup')
  return { tab, popup, state }
}

async function expectFixtureStory(name: string): Promise<void> {
  const { expected } = server.fixture(name)
  const { popup } = await popupOn(expected.url)
  expectStoryAsExpected(await readShownStory(popup, 'popup'), expected)
}

describe('toolbar popup on an aggregator copy', () => {
  it('dnyuz (JNews template): the full story, no clutter, "Republished copy" and the original link', async () => {
    await expectFixtureStory('jnews--dnyuz-chile-spaceport-atacama')
  })

  it('Yahoo News: the full story, no clutter, "Republished copy" and the original link', async () => {
    await expectFixtureStory('yahoo--house-panel-hospital-parking-fees')
  })

  it('MSN: the full story, no clutter, "Republished copy" and the original link', async () => {
    await expectFixtureStory('msn--rotterdam-barge-floating-offices')
  })

  // The remaining article fixtures (AMP caches, NewsBreak, tagDiv, RTL, the 5 MB page …).
  const covered = new Set([
    'jnews--dnyuz-chile-spaceport-atacama',
    'yahoo--house-panel-hospital-parking-fees',
    'msn--rotterdam-barge-floating-offices',
    'original--cedarvalleycourier-grain-elevator-fire',
    'hostile--vermont-libraries-lend-heaters',
  ])
  const others = listFixtures()
    .filter((f) => f.expected.hasArticle && !covered.has(f.name))
    .map((f) => f.name)
  it.each(others)('%s: the story as expected.json describes it', async (name) => {
    await expectFixtureStory(name)
  })
})

describe('toolbar popup on other pages', () => {
  it('the original publisher’s article: the story, without the "Republished copy" mark', async () => {
    await expectFixtureStory('original--cedarvalleycourier-grain-elevator-fire')
  })

  it('an aggregator’s home page: "No article on this page" with the reason', async () => {
    const { popup, state } = await popupOn(server.fixture('home--dnyuz-front-page').expected.url)
    expect(state).toBe('no-article')
    const shown = await popup.evaluate(() => ({
      heading: document.querySelector<HTMLElement>('[data-testid=state-no-article] h1')?.innerText,
      reason: document.querySelector<HTMLElement>('[data-testid=no-article-reason]')?.innerText,
      story: document.querySelector('[data-testid=story]') !== null,
    }))
    expect(shown.heading).toBe('No article on this page')
    expect(normalize(shown.reason ?? '').length).toBeGreaterThan(10)
    expect(shown.story).toBe(false)
  })

  // Chrome names the restriction for chrome:// pages. For about:blank it grants no activeTab and
  // hides the tab's URL, so the honest answer is the general "can't read this tab".
  it.each([
    ['chrome://version', ['browser-page']],
    ['about:blank', ['browser-page', 'unreadable']],
  ] as const)('%s: "can’t read" with a plain explanation, no error', async (url, allowed) => {
    const { popup, state } = await popupOn(url)
    expect(state).toBe('restricted')
    const shown = await popup.$eval('[data-testid=state-restricted]', (e) => ({
      restriction: (e as HTMLElement).dataset.restriction ?? '',
      heading: e.querySelector('h1')?.textContent,
      text: e.querySelector('p')?.textContent,
    }))
    expect(allowed).toContain(shown.restriction)
    const explanation = RESTRICTION_TEXT[shown.restriction as keyof typeof RESTRICTION_TEXT]
    expect(shown.heading).toBe(t(explanation.title))
    expect(shown.text).toBe(t(explanation.text))
    expect(await popup.$('[data-testid=state-error]')).toBeNull()
  })
})

describe('clicking again on the same tab', () => {
  // The extractor keeps its last reply in the page's isolated world while the page is unchanged
  // (src/extractor/index.ts); any change to the page must make the next click read it afresh.
  it('shows the same story at once, and the changed story once the page has changed', async () => {
    const { expected } = server.fixture('jnews--dnyuz-chile-spaceport-atacama')
    const tab = pages.track(await openTab(chromium, expected.url), 'page')
    const storyText = async (label: string) => {
      const popup = pages.track(await clickToolbar(chromium, tab), label)
      expect(await settledState(popup, 'popup')).toBe('article')
      const shown = await readShownStory(popup, 'popup')
      await popup.close()
      return normalize(shown.storyText)
    }
    const first = await storyText('popup 1')
    expect(await storyText('popup 2')).toBe(first)

    const marker = 'Update: the spaceport agreement was signed this morning.'
    const firstParagraph = normalize(expected.paragraphs?.[0] ?? '')
    const changed = await tab.evaluate(
      (start: string, text: string) => {
        const p = [...document.querySelectorAll('p')].find((e) =>
          e.textContent?.replace(/\s+/g, ' ').includes(start.slice(0, 60)),
        )
        p?.append(` ${text}`)
        return p !== undefined
      },
      firstParagraph,
      marker,
    )
    expect(changed, 'the fixture has its first paragraph').toBe(true)
    const third = await storyText('popup 3')
    expect(third).toContain(marker)
    expect(first).not.toContain(marker)
  })
})

describe('the story’s first screen first', () => {
  // The popup puts the first FIRST_SCREEN_CHARS of the story in its first frame and the rest one
  // frame later (src/shared-ui/first-screen.ts). Nothing may be lost or move. The 5 MB page's
  // story has no lead picture, whose arrival (or failure) would move the story on its own.
  it('the whole story is there after the first paint: find in page, screen readers, no layout shift', async () => {
    const { expected } = server.fixture('big--la-cool-pavement-expansion')
    const paragraphs = (expected.paragraphs ?? []).map(normalize)
    expect(paragraphs.join('').length, 'a story longer than the first screen').toBeGreaterThan(
      2 * FIRST_SCREEN_CHARS,
    )
    const { popup, state } = await popupOn(expected.url)
    expect(state).toBe('article')

    const last = paragraphs.at(-1)?.slice(0, 60) ?? ''
    const found = await popup.evaluate((text: string) => {
      // Window.find is the page's own find-in-page search (non-standard, in Chromium).
      const find = Reflect.get(window, 'find') as (s: string) => boolean
      return find(text)
    }, last)
    expect(found, 'find in page reaches the last paragraph').toBe(true)

    const spoken = normalize(JSON.stringify(await popup.accessibility.snapshot()))
    const unspoken = paragraphs.filter((p) => !spoken.includes(p.slice(0, 60)))
    expect(unspoken, 'paragraphs missing from the accessibility tree').toEqual([])

    // The first block held back starts below the fold: appending it moved nothing on screen
    // and added no scroll bar.
    const heldBackTop = await popup.evaluate((chars: number) => {
      let parent: Element | null = document.querySelector('[data-testid=story-body]')
      while (parent?.children.length === 1) parent = parent.firstElementChild
      let seen = 0
      for (const block of parent?.children ?? []) {
        if (seen >= chars) {
          // From the top of the document: find in page above has scrolled the popup.
          return { top: block.getBoundingClientRect().top + scrollY, fold: innerHeight }
        }
        seen += block.textContent?.length ?? 0
      }
      return null
    }, FIRST_SCREEN_CHARS)
    expect(heldBackTop, 'a block was held back').not.toBeNull()
    expect(heldBackTop?.top).toBeGreaterThan(heldBackTop?.fold ?? Number.POSITIVE_INFINITY)

    const shifts = await popup.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const seen: number[] = []
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) seen.push(Reflect.get(entry, 'value') as number)
          })
          observer.observe({ type: 'layout-shift', buffered: true })
          // Buffered entries arrive in the first callback; nothing more is expected.
          setTimeout(() => {
            observer.disconnect()
            resolve(seen)
          }, 300)
        }),
    )
    expect(shifts, 'layout shifts in the popup').toEqual([])
  })
})
