/**
 * Timed loads for `npm run bench:list`: the list page, and static extension pages (the floors),
 * each opened in a new tab as the list's button opens it, and closed after.
 *
 * What is timed is when the list's first screen is presented: the paint of the first story,
 * which Element Timing reports (src/list/first-story-timing.ts), in our page and in its static
 * copy alike: both are the browser's presentation times, the clock of its first contentful
 * paint, which is what the one-line page is timed by. The list page also times its own steps
 * (`upstream:list-*` marks and measures, src/list/), read back after the load.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'puppeteer-core'
import { FIRST_STORY_TIMING_NAME } from '../../src/list/first-story-timing.ts'
import { type Chromium, EXTENSION_ORIGIN } from '../../tests/e2e/harness/chromium.ts'

export const LIST_URL = `${EXTENSION_ORIGIN}/src/list/index.html`

export interface ListPaint {
  /** Navigation start → the first story presented. */
  painted: number
  /** Every `upstream:list-*` mark (its start) and measure (its duration), by name. */
  timings: Record<string, number>
}

/** Opens the list in a new tab and reads the page's own timings. */
export async function listPaint(chromium: Chromium): Promise<ListPaint> {
  const page = await chromium.browser.newPage()
  try {
    await page.goto(LIST_URL, { waitUntil: 'load' })
    await page.waitForFunction(
      () => performance.getEntriesByName('upstream:list-painted').length > 0,
    )
    // No named inner functions here: the bundler's name helper does not exist in the page.
    const timings = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntries()
          .filter((e) => e.name.startsWith('upstream:list-'))
          .map((e) => [e.name, e.entryType === 'measure' ? e.duration : e.startTime]),
      ),
    )
    // A build from before the first story was timed: its own mark, set after the frame by script.
    const timed = await hasTimedStory(page)
    const painted = timed ? await firstStoryPainted(page) : timings['upstream:list-painted']
    return { painted: painted ?? Number.NaN, timings }
  } finally {
    await page.close()
  }
}

/** The list page as rendered once it has settled, as HTML with its scripts removed. */
export async function renderedListPage(chromium: Chromium): Promise<string> {
  const page = await chromium.browser.newPage()
  try {
    await page.goto(LIST_URL, { waitUntil: 'load' })
    await page.waitForFunction(
      () => performance.getEntriesByName('upstream:list-painted').length > 0,
    )
    // Whatever the page adds after its first paint (the rest of the items, the backup section).
    await new Promise((resolve) => setTimeout(resolve, 500))
    const rendered = await page.evaluate(() => document.documentElement.outerHTML)
    return `<!doctype html>${rendered.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '')}`
  } finally {
    await page.close()
  }
}

export const ONE_LINE_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head>' +
  '<body><h1>Reading list</h1><p>One line.</p></body></html>'

/** Writes a static page into the (copied) extension; returns its address. */
export function staticPage(extensionDir: string, name: string, html: string): string {
  const file = `bench-${name}.html`
  writeFileSync(join(extensionDir, file), html)
  return `${EXTENSION_ORIGIN}/${file}`
}

/** An Element Timing entry (not in TypeScript's DOM types). */
interface ElementTiming extends PerformanceEntry {
  identifier: string
  renderTime: number
}

function hasTimedStory(page: Page): Promise<boolean> {
  return page.evaluate(
    (name: string) => document.querySelector(`[elementtiming="${name}"]`) !== null,
    FIRST_STORY_TIMING_NAME,
  )
}

/** Navigation start → the first story presented (its Element Timing entry). */
function firstStoryPainted(page: Page): Promise<number> {
  return page.evaluate(
    (name: string) =>
      new Promise<number>((resolve) => {
        // Buffered: the entry was reported before this runs.
        new PerformanceObserver((list, observer) => {
          const entries = list.getEntries() as ElementTiming[]
          const first = entries.find((entry) => entry.identifier === name)
          if (!first) return
          observer.disconnect()
          resolve(first.renderTime)
        }).observe({ type: 'element', buffered: true })
        // Never painted (it cannot be, below the fold): no figure rather than no end.
        setTimeout(() => resolve(Number.NaN), 5000)
      }),
    FIRST_STORY_TIMING_NAME,
  )
}

/**
 * Opens a static extension page in a new tab: navigation start → its first story
 * presented, or, for a page without stories, its first contentful paint.
 */
export async function staticPaint(chromium: Chromium, url: string): Promise<number> {
  const page = await chromium.browser.newPage()
  try {
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
    )
    if (await hasTimedStory(page)) return await firstStoryPainted(page)
    return await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    )
  } finally {
    await page.close()
  }
}
