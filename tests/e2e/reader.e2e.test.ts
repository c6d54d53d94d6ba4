/**
 * The reader tab: typography and theme chosen there persist across a browser restart (same
 * profile) and are applied on the next story; the keyboard shortcut's handler opens the reader
 * for a page and closes it again.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { trackPages } from './harness/artifacts.ts'
import {
  activeTabUrl,
  type Chromium,
  clickToolbar,
  isReader,
  launchChromium,
  openTab,
  runTabAction,
  settledState,
  targetClosed,
} from './harness/chromium.ts'
import { type FixtureServer, startFixtureServer } from './harness/fixture-server.ts'
import { expectStoryAsExpected, readShownStory } from './harness/story.ts'

const DEMO = 'jnews--dnyuz-chile-spaceport-atacama'
const OTHER = 'jnews--dnyuz-pasadena-bookstore-bank'

let server: FixtureServer
let chromium: Chromium | undefined
const profile = mkdtempSync(join(tmpdir(), 'upstream-reader-profile-'))
const pages = trackPages(import.meta.filename, () => chromium?.browser)

beforeAll(async () => {
  server = await startFixtureServer()
})

afterAll(async () => {
  await chromium?.close()
  await server?.close()
  rmSync(profile, { recursive: true, force: true })
})

/** Page → toolbar click → popup → "Open in reader": the reader tab with the story. */
async function openReaderFromPopup(browser: Chromium, name: string): Promise<Page> {
  const { expected } = server.fixture(name)
  const tab = pages.track(await openTab(browser, expected.url), 'page')
  const popup = pages.track(await clickToolbar(browser, tab), 'popup')
  expect(await settledState(popup, 'popup')).toBe('article')
  const opened = browser.browser.waitForTarget(isReader, { timeout: 10_000 })
  await popup.click('[data-testid=action-open-reader]')
  const reader = pages.track((await (await opened).asPage())!, 'reader')
  expect(await settledState(reader, 'reader')).toBe('article')
  return reader
}

interface Look {
  theme: string | undefined
  /** The story text's rendered size. */
  paragraphFontSize: string
  /** Relative luminance of the page background, 0 (black) … 1 (white). */
  backgroundLuminance: number
  /** What the controls show. */
  checkedTheme: string | undefined
  sizeControl: string
}

function lookOf(reader: Page): Promise<Look> {
  return reader.evaluate(() => {
    const p = document.querySelector('[data-testid=story-body] p') as HTMLElement
    // The painted background: the innermost box around the story that has one.
    let box: HTMLElement | null = document.querySelector('[data-testid=reader]')
    let rgb: number[] = []
    for (; box; box = box.parentElement) {
      rgb =
        getComputedStyle(box)
          .backgroundColor.match(/[\d.]+/g)
          ?.map(Number) ?? []
      if (rgb.length === 3 || (rgb[3] ?? 0) > 0) break
    }
    const [r = 0, g = 0, b = 0] = rgb.slice(0, 3).map((c) => {
      const s = c / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    })
    return {
      theme: document.documentElement.dataset.theme,
      paragraphFontSize: getComputedStyle(p).fontSize,
      backgroundLuminance: 0.2126 * r + 0.7152 * g + 0.0722 * b,
      checkedTheme: document.querySelector<HTMLInputElement>('input[name=theme]:checked')?.value,
      sizeControl: document.querySelector<HTMLInputElement>('[data-testid=setting-font-size]')!
        .value,
    }
  })
}

describe('reader tab', () => {
  it('theme and text size chosen in the reader persist across a browser restart and are applied', async () => {
    chromium = await launchChromium({ server, userDataDir: profile })
    let reader = await openReaderFromPopup(chromium, DEMO)
    // Headless Chromium prefers a light scheme, so "System" starts light.
    expect(await lookOf(reader)).toMatchObject({
      theme: 'system',
      paragraphFontSize: '19px',
      checkedTheme: 'system',
      sizeControl: '19',
    })
    expect((await lookOf(reader)).backgroundLuminance).toBeGreaterThan(0.8)

    // As a user does it: open the settings, pick Dark, nudge the size slider up three steps.
    await reader.click('[data-testid=reader-settings] summary')
    await reader.click('[data-testid=setting-theme-dark]')
    await reader.focus('[data-testid=setting-font-size]')
    for (let i = 0; i < 3; i++) await reader.keyboard.press('ArrowRight')
    await reader.waitForFunction(
      () =>
        document.documentElement.dataset.theme === 'dark' &&
        getComputedStyle(document.querySelector('[data-testid=story-body] p')!).fontSize === '22px',
      { timeout: 10_000 },
    )
    const chosen = await lookOf(reader)
    expect(chosen).toMatchObject({ theme: 'dark', paragraphFontSize: '22px', checkedTheme: 'dark' })
    expect(chosen.backgroundLuminance).toBeLessThan(0.1)

    // Quit the browser and start it again on the same profile.
    await chromium.close()
    chromium = await launchChromium({ server, userDataDir: profile })

    reader = await openReaderFromPopup(chromium, OTHER)
    expectStoryAsExpected(await readShownStory(reader, 'reader'), server.fixture(OTHER).expected)
    const after = await lookOf(reader)
    expect(after).toMatchObject({
      theme: 'dark',
      paragraphFontSize: '22px',
      checkedTheme: 'dark',
      sizeControl: '22',
    })
    expect(after.backgroundLuminance).toBeLessThan(0.1)
    // The popup follows the same theme.
    const tab = pages.track(await openTab(chromium, server.fixture(DEMO).expected.url), 'page 2')
    const popup = pages.track(await clickToolbar(chromium, tab), 'popup 2')
    await settledState(popup, 'popup')
    expect(await popup.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  })

  it('the keyboard shortcut’s handler opens the reader for the page, and closes it from the reader', async () => {
    chromium ??= await launchChromium({ server, userDataDir: profile })
    const { expected } = server.fixture(DEMO)
    const tab = pages.track(await openTab(chromium, expected.url), 'page')
    // The shortcut's keypress grants activeTab; a toolbar click is the test's way to grant it.
    const popup = await clickToolbar(chromium, tab)
    await settledState(popup, 'popup')
    await popup.close()

    const opened = chromium.browser.waitForTarget(isReader, { timeout: 10_000 })
    await runTabAction(chromium, 'toggleReader', expected.url)
    const readerTarget = await opened
    const reader = pages.track((await readerTarget.asPage())!, 'reader')
    expect(await settledState(reader, 'reader')).toBe('article')
    expectStoryAsExpected(await readShownStory(reader, 'reader'), expected)
    expect(await activeTabUrl(chromium)).toBe(reader.url())

    // The same shortcut, pressed in the reader tab, closes it and returns to the page.
    const closed = targetClosed(chromium, readerTarget)
    await runTabAction(chromium, 'toggleReader', reader.url())
    await closed
    expect(await activeTabUrl(chromium)).toBe(expected.url)
  })
})
