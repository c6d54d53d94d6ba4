/**
 * The reader's keyboard and print conveniences, in Chromium: Escape closes the settings panel
 * and gives focus back to its button; `?` lists the reader's shortcuts and the extension's
 * commands with the keys the browser really bound; Print prints, and on paper there is only
 * the story and where it comes from, black on white, with the original's address spelled out.
 */
import type { Page } from 'puppeteer-core'
import { describe, expect, it } from 'vitest'
import { t } from '../../src/i18n/t.ts'
import { clickToolbar, isReader, openTab, settledState } from './harness/chromium.ts'
import { normalize } from './harness/story.ts'
import { chromiumSuite } from './harness/suite.ts'

const STORY = 'jnews--dnyuz-chile-spaceport-atacama'

const suite = chromiumSuite(import.meta.filename)
const { pages } = suite

async function openReader(): Promise<Page> {
  const tab = pages.track(
    await openTab(suite.chromium, suite.server.fixture(STORY).expected.url),
    'page',
  )
  const popup = pages.track(await clickToolbar(suite.chromium, tab), 'popup')
  expect(await settledState(popup, 'popup')).toBe('article')
  const opened = suite.chromium.browser.waitForTarget(isReader, { timeout: 10_000 })
  await popup.click('[data-testid=action-open-reader]')
  const reader = pages.track((await (await opened).asPage())!, 'reader')
  expect(await settledState(reader, 'reader')).toBe('article')
  await reader.bringToFront()
  return reader
}

const settingsOpen = (reader: Page) =>
  reader.$eval('[data-testid=reader-settings]', (e) => (e as HTMLDetailsElement).open)

/** Whether the element is rendered (not display:none itself or through an ancestor). */
const shown = (reader: Page, selector: string) =>
  reader.$eval(selector, (e) => (e as HTMLElement).checkVisibility())

describe('reader conveniences', () => {
  it('Escape closes the settings panel and returns focus to its button', async () => {
    const reader = await openReader()
    await reader.click('[data-testid=reader-settings] summary')
    expect(await settingsOpen(reader)).toBe(true)
    // Somewhere inside the panel, as after tabbing to a control.
    await reader.focus('[data-testid=setting-font-family]')
    await reader.keyboard.press('Escape')
    expect(await settingsOpen(reader)).toBe(false)
    expect(
      await reader.evaluate(
        () =>
          document.activeElement ===
          document.querySelector('[data-testid=reader-settings] > summary'),
      ),
    ).toBe(true)
  })

  it('? lists the shortcuts with the keys the browser bound; Escape closes the list', async () => {
    const reader = await openReader()
    await reader.click('[data-testid=story-title]')
    await reader.keyboard.type('?')
    await reader.waitForSelector('[data-testid=shortcuts-dialog][open]', { timeout: 5_000 })

    // What the browser says is bound (the user may have changed or cleared any of them).
    const bound = await reader.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: {
            commands: {
              getAll(): Promise<Array<{ name?: string; description?: string; shortcut?: string }>>
            }
          }
        }
      ).chrome
      return (await api.commands.getAll()).map((c) => ({
        name: c.name ?? '',
        description: c.description ?? '',
        keys: c.shortcut ? c.shortcut : null,
      }))
    })
    expect(bound.map((c) => c.name)).toEqual(
      expect.arrayContaining(['toggle-reader', 'save-story']),
    )
    const listed = await reader.$$eval('[data-testid=shortcut-command]', (rows) =>
      rows.map((row) => ({
        name: (row as HTMLElement).dataset.command ?? '',
        text: (row as HTMLElement).innerText,
        keys: (row.querySelector('[data-testid=shortcut-keys]') as HTMLElement).innerText,
      })),
    )
    expect(listed.map(({ name, keys }) => ({ name, keys }))).toEqual(
      bound.map(({ name, keys }) => ({ name, keys: keys ?? t('readerShortcutNotSet') })),
    )
    for (const command of bound.filter((c) => c.description)) {
      expect(listed.find((row) => row.name === command.name)?.text).toContain(command.description)
    }

    await reader.keyboard.press('Escape')
    await reader.waitForSelector('[data-testid=shortcuts-dialog]:not([open])')
  })

  it('Print prints; on paper only the story and its sources, black on white, with the address', async () => {
    const { expected } = suite.server.fixture(STORY)
    const reader = await openReader()
    // A dark theme on screen must not reach the paper.
    await reader.click('[data-testid=reader-settings] summary')
    await reader.click('[data-testid=setting-theme-dark]')
    await reader.waitForFunction(() => document.documentElement.dataset.theme === 'dark')
    await reader.keyboard.press('Escape')

    // The browser's print dialog cannot be driven headless: count the calls instead.
    await reader.evaluate(() => {
      const counter = globalThis as unknown as { printed: number }
      counter.printed = 0
      window.print = () => {
        counter.printed++
      }
    })
    await reader.click('[data-testid=print]')
    expect(
      await reader.evaluate(() => (globalThis as unknown as { printed: number }).printed),
    ).toBe(1)

    await reader.emulateMediaType('print')
    try {
      for (const control of [
        '[data-testid=reader-settings]',
        '[data-testid=print]',
        '[data-testid=shortcuts-open]',
        '[data-testid=story-actions]',
        '[data-testid=detection-details]',
      ]) {
        expect(await shown(reader, control), control).toBe(false)
      }
      for (const part of [
        '[data-testid=story-title]',
        '[data-testid=story-meta]',
        '[data-testid=story-body]',
        '[data-testid=source-original]',
      ]) {
        expect(await shown(reader, part), part).toBe(true)
      }
      // The original's address in full after its link text, where paper can show it.
      expect(await shown(reader, '[data-testid=source-original-address]')).toBe(true)
      const sourceLine = normalize(
        await reader.$eval('[data-testid=source-links]', (e) => (e as HTMLElement).innerText),
      )
      const printedAddress = t('sourcePrintedAddress', { url: expected.originalUrl ?? '' })
      expect(sourceLine).toContain(
        `${t('sourceOriginallyBy', { name: expected.publisher ?? '' })} ${printedAddress}`,
      )

      const colours = await reader.evaluate(() => {
        const p = document.querySelector('[data-testid=story-body] p') as HTMLElement
        return {
          text: getComputedStyle(p).color,
          page: getComputedStyle(document.documentElement).backgroundColor,
        }
      })
      expect(colours).toEqual({ text: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)' })
    } finally {
      await reader.emulateMediaType()
    }
    // On screen the address is not repeated: the link says where it goes.
    expect(await shown(reader, '[data-testid=source-original-address]')).toBe(false)
  })
})
