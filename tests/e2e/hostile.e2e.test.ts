/**
 * A hostile page (inline scripts, on* handlers, javascript: URLs, SVG, forms, meta refresh …)
 * read through the popup and the reader tab: none of its script may run in the extension's
 * pages, and the story body may hold only what the sanitizer's allowlist admits.
 */
import type { Page } from 'puppeteer-core'
import { describe, expect, it } from 'vitest'
import { clickToolbar, isReader, openTab, settledState } from './harness/chromium.ts'
import { expectStoryAsExpected, readShownStory } from './harness/story.ts'
import { chromiumSuite } from './harness/suite.ts'

const HOSTILE = 'hostile--vermont-libraries-lend-heaters'

/**
 * The sanitizer's contract (src/core/sanitize.ts), restated here so a change to it has to be a
 * deliberate change to this test too: article elements only, and per element only these
 * attributes.
 */
const ALLOWED_TAGS = new Set(
  [
    'p br hr h1 h2 h3 h4 h5 h6 div section article blockquote pre',
    'a img figure figcaption picture source',
    'ul ol li dl dt dd',
    'q cite code kbd samp em strong b i u s del ins sub sup small mark abbr time span',
    'table caption thead tbody tfoot tr th td col colgroup',
  ].flatMap((group) => group.split(' ')),
)
const GLOBAL_ATTRS = ['title', 'lang', 'dir']
const ATTRS_BY_TAG: Record<string, string[]> = {
  a: ['href'],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height'],
  source: ['srcset', 'sizes'],
  ol: ['start', 'reversed', 'type'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  time: ['datetime'],
  del: ['datetime', 'cite'],
  ins: ['datetime', 'cite'],
  blockquote: ['cite'],
  q: ['cite'],
}

interface BodyElement {
  tag: string
  attrs: { name: string; value: string }[]
}

const suite = chromiumSuite(import.meta.filename)
const { pages } = suite

/** Records any dialog (alert/confirm/prompt) a page script might open in the extension page. */
function watchDialogs(page: Page): string[] {
  const seen: string[] = []
  page.on('dialog', (dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`)
    dialog.dismiss().catch(() => undefined)
  })
  return seen
}

/** Waits for the page's deferred attacks (image onerror/onload, toggles) to have had their chance. */
async function letAsyncHandlersFire(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const imgs = [...document.images].filter((img) => !img.complete)
        let left = imgs.length
        const done = () => {
          left -= 1
          if (left <= 0) resolve()
        }
        for (const img of imgs) {
          img.addEventListener('load', done, { once: true })
          img.addEventListener('error', done, { once: true })
        }
        if (left === 0) resolve()
        setTimeout(resolve, 1_500)
      }),
  )
  await new Promise((resolve) => setTimeout(resolve, 250))
}

async function expectNothingFromThePage(page: Page, dialogs: string[]): Promise<void> {
  await letAsyncHandlersFire(page)
  const pwned = await page.evaluate(() => Reflect.get(window, '__upstreamPwned') as unknown)
  expect(pwned, 'a page script ran in the extension page').toBeUndefined()
  expect(dialogs).toEqual([])

  const body: BodyElement[] = await page.$$eval('[data-testid=story-body] *', (elements) =>
    elements.map((e) => ({
      tag: e.localName,
      attrs: [...e.attributes].map((a) => ({ name: a.name, value: a.value })),
    })),
  )
  expect(body.length).toBeGreaterThan(5)
  const badTags = body.filter((e) => !ALLOWED_TAGS.has(e.tag)).map((e) => e.tag)
  expect(badTags, 'elements outside the allowlist').toEqual([])
  const badAttrs = body.flatMap((e) =>
    e.attrs
      .filter(
        (a) =>
          a.name.startsWith('on') ||
          !(
            GLOBAL_ATTRS.includes(a.name) ||
            (ATTRS_BY_TAG[e.tag] ?? []).includes(a.name) ||
            // Added by the extension page itself (sanitized-html.tsx), never taken from the page.
            (e.tag === 'img' && a.name === 'loading' && a.value === 'lazy')
          ),
      )
      .map((a) => `<${e.tag} ${a.name}="${a.value}">`),
  )
  expect(badAttrs, 'attributes outside the allowlist').toEqual([])
  const badUrls = body.flatMap((e) =>
    e.attrs
      .filter((a) => ['href', 'src', 'cite'].includes(a.name))
      .filter((a) => !/^(https?:|mailto:|#)/i.test(a.value.trim()))
      .map((a) => `<${e.tag} ${a.name}="${a.value}">`),
  )
  expect(badUrls, 'URLs with a scheme other than http(s)/mailto').toEqual([])
  const html = await page.$eval('[data-testid=story-body]', (e) => e.innerHTML)
  for (const needle of ['__upstreamPwned', 'javascript:', 'attacker.invalid']) {
    expect(html).not.toContain(needle)
  }
}

describe('hostile page', () => {
  it('its scripts do run on the page itself (the attack is live)', async () => {
    const tab = pages.track(
      await openTab(suite.chromium, suite.server.fixture(HOSTILE).expected.url),
      'page',
    )
    expect(await tab.evaluate(() => Reflect.get(window, '__upstreamPwned') as unknown)).toBe(1)
  })

  it('popup and reader: the story is shown, no page script runs, only allowlisted markup', async () => {
    const { expected } = suite.server.fixture(HOSTILE)
    const tab = pages.track(await openTab(suite.chromium, expected.url), 'page')
    const popup = pages.track(await clickToolbar(suite.chromium, tab), 'popup')
    const popupDialogs = watchDialogs(popup)
    expect(await settledState(popup, 'popup')).toBe('article')
    expectStoryAsExpected(await readShownStory(popup, 'popup'), expected)
    await expectNothingFromThePage(popup, popupDialogs)

    // "Open in reader" from the popup: the reader tab renders the same story.
    const readerOpened = suite.chromium.browser.waitForTarget(isReader, { timeout: 10_000 })
    await popup.click('[data-testid=action-open-reader]')
    const reader = pages.track((await (await readerOpened).asPage())!, 'reader')
    const readerDialogs = watchDialogs(reader)
    expect(await settledState(reader, 'reader')).toBe('article')
    expectStoryAsExpected(await readShownStory(reader, 'reader'), expected)
    await expectNothingFromThePage(reader, readerDialogs)
  })
})
