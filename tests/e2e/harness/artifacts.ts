/**
 * Pages a test opens are registered here. After each test they are closed; when the test failed,
 * each one (and every other open page of the browser) is first saved as a screenshot in
 * artifacts/e2e/<file>--<test>--<label>.png, so a red run shows what the user would have seen.
 */
import { mkdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Browser, Page } from 'puppeteer-core'
import { afterEach } from 'vitest'
import { ARTIFACTS_E2E } from './paths.ts'

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** Saves a screenshot of `page`; never throws (a closed or hung page just has no picture). */
export async function saveScreenshot(page: Page, name: string): Promise<string | null> {
  mkdirSync(ARTIFACTS_E2E, { recursive: true })
  const path = join(ARTIFACTS_E2E, `${name}.png`)
  const ok = await withTimeout(
    page.screenshot({ path }).then(
      () => true,
      () => false,
    ),
    5_000,
  )
  return ok ? path : null
}

export interface PageTracker {
  /** Registers a page to be screenshotted on failure and closed after the test. */
  track<T extends Page>(page: T, label: string): T
}

/**
 * Call once per test file (at the top level of the file or of a describe). `browser` gives the
 * browser whose other pages should be captured too (reader tabs the extension opened itself).
 */
export function trackPages(testFile: string, browser: () => Browser | undefined): PageTracker {
  const open = new Map<Page, string>()
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') {
      const name = basename(testFile).replace(/\.e2e\.test\.ts$/, '')
      const prefix = `${name}--${slug(ctx.task.name)}`
      const saved: string[] = []
      // Latest first: the popup before the tab it sits on (capturing a tab activates it, and
      // activating a tab closes the popup).
      for (const [page, label] of [...open].reverse()) {
        const path = await saveScreenshot(page, `${prefix}--${label}`)
        if (path) saved.push(path)
      }
      // Extension pages the extension opened itself (reader tabs). Only those: capturing a
      // hidden blank tab never finishes and blocks every later capture.
      const others = await withTimeout(browser()?.pages() ?? Promise.resolve([]), 3_000)
      for (const page of others ?? []) {
        if (open.has(page) || !/^(chrome|moz)-extension:/.test(page.url())) continue
        await withTimeout(page.bringToFront(), 2_000).catch(() => undefined)
        const path = await saveScreenshot(page, `${prefix}--${slug(new URL(page.url()).pathname)}`)
        if (path) saved.push(path)
      }
      if (saved.length > 0)
        console.log(`[e2e] screenshots of the failure:\n  ${saved.join('\n  ')}`)
    }
    await Promise.all(
      [...open.keys()].map((page) =>
        withTimeout(
          page.close().catch(() => undefined),
          5_000,
        ),
      ),
    )
    open.clear()
  })
  return {
    track(page, label) {
      open.set(page, slug(label))
      return page
    },
  }
}
