/**
 * What the popup says when reading fails, in real Chromium: a page that reloads itself while it
 * is read gives a plain sentence (or the story, when the timing lets it through), never the
 * browser's own error text ("Frame with ID 0 was removed.").
 */
import type { Page } from 'puppeteer-core'
import { describe, expect, it } from 'vitest'
import { t } from '../../src/i18n/t.ts'
import { PROBLEM_WORDS } from '../../src/shared-ui/problem-text.ts'
import { RESTRICTION_TEXT } from '../../src/shared-ui/restriction-text.ts'
import { clickToolbar, settledState } from './harness/chromium.ts'
import { chromiumSuite } from './harness/suite.ts'

const suite = chromiumSuite(import.meta.filename)
const { pages } = suite

/** Every sentence the product may show for a failure: its own words, nothing else. */
function plainSentences(): Set<string> {
  const all = new Set<string>()
  for (const words of Object.values(PROBLEM_WORDS)) all.add(t(words.text))
  for (const words of Object.values(RESTRICTION_TEXT)) all.add(t(words.text))
  return all
}

/** A story page (invented text) that reloads itself every `everyMs`, served at a real host. */
async function selfReloadingPage(everyMs: number): Promise<Page> {
  const url = 'https://dnyuz.com/2026/02/02/a-page-that-keeps-reloading/'
  const paragraphs = Array.from(
    { length: 40 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of a story about a harbour ferry that keeps changing its timetable, written for this test and nothing else.</p>`,
  ).join('')
  const page = pages.track(await suite.chromium.browser.newPage(), 'reloading-page')
  await page.setRequestInterception(true)
  page.on('request', (request) => {
    if (request.url() !== url) return void request.continue()
    void request.respond({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><title>Ferry timetable</title><article><h1>Ferry timetable changes again</h1>${paragraphs}</article><script>setTimeout(() => location.reload(), ${everyMs})</script></html>`,
    })
  })
  await page.goto(url, { waitUntil: 'load' })
  return page
}

describe('a page that reloads itself while it is read', () => {
  it('shows the story or a plain sentence, never the browser’s error text', async () => {
    const sentences = plainSentences()
    const page = await selfReloadingPage(40)
    const seen: string[] = []
    for (let click = 0; click < 8; click++) {
      const popup = await clickToolbar(suite.chromium, page)
      const state = await settledState(popup, 'popup')
      const text = await popup.$eval('[data-testid=popup]', (e) => (e as HTMLElement).innerText)
      expect(text).not.toMatch(/Frame with ID|was removed|No tab with id|Cannot access/i)
      if (state === 'error' || state === 'restricted') {
        const sentence = await popup.$eval(
          '[data-testid=error-message], [data-testid=state-restricted] p',
          (e) => e.textContent ?? '',
        )
        expect(sentences.has(sentence), `“${sentence}” is not one of the product’s sentences`).toBe(
          true,
        )
      }
      const problem = await popup.$eval(
        '[data-testid=popup]',
        (e) => e.querySelector<HTMLElement>('[data-problem]')?.dataset.problem ?? '',
      )
      seen.push(problem ? `${state} (${problem})` : state)
      await popup.close()
    }
    console.log('a self-reloading page, popup states seen:', seen.join(', '))
  })
})
