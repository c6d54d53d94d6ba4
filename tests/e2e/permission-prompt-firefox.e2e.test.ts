/**
 * Turning auto reader mode on in Firefox ESR, with the add-on exactly as built and nothing
 * granted. A temporary install grants no host access here: the manifest declares no content
 * scripts or `host_permissions` (Firefox would grant those), only `optional_host_permissions`,
 * and the first test checks `permissions.getAll()` holds no origins.
 *
 * 1. Default preferences: a real click on "Add site", a catalogue "Turn on" or "Detect … on every
 *    site" must take the request to Firefox's prompt (harness/permission-prompt.ts: headless
 *    Firefox leaves it pending). An origin the manifest does not offer fails at once with
 *    "Cannot request origin permission for … since it was not declared in the manifest".
 * 2. With `extensions.webextOptionalPermissionPrompts` off, Firefox grants a request without
 *    showing the prompt (it still checks the origins against the manifest and still requires the
 *    click): standing in for the user's "Allow", it lets the whole path run for real — the
 *    access granted is recognised, the content script registered, the story opened in the
 *    reader, and removing the site gives back exactly the access it was given.
 */
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { t } from '../../src/i18n/t.ts'
import { trackPages } from './harness/artifacts.ts'
import { listedSites, statusAfter, waitForInPageReader } from './harness/auto-mode.ts'
import { ADDONS, type Firefox, launchFirefox, openExtensionPage } from './harness/firefox.ts'
import { type FixtureServer, startFixtureServer } from './harness/fixture-server.ts'
import { DIST_FIREFOX } from './harness/paths.ts'
import { expectWaitingAtPrompt, watchStatus } from './harness/permission-prompt.ts'

const OPTIONS = '/src/options/index.html'
const STATUS = '[data-testid=options-status]'

let server: FixtureServer
let firefox: Firefox | undefined
const pages = trackPages(import.meta.filename, () => firefox?.browser)

beforeAll(async () => {
  server = await startFixtureServer()
})

afterAll(async () => {
  await firefox?.close()
  await server?.close()
})

async function options(): Promise<Page> {
  const page = pages.track(
    await openExtensionPage(firefox!.browser, ADDONS.built, OPTIONS),
    'options',
  )
  await page.waitForSelector('[data-testid=options][data-loaded=true]')
  await page.bringToFront()
  return page
}

interface Granted {
  origins: string[]
}

/** The host access Firefox grants the add-on now, as the add-on itself reads it. */
async function grantedOrigins(page: Page): Promise<string[]> {
  const all = await page.evaluate(() =>
    (
      globalThis as unknown as { browser: { permissions: { getAll(): Promise<Granted> } } }
    ).browser.permissions.getAll(),
  )
  return [...all.origins].sort()
}

async function registeredScriptIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const scripting = (
      globalThis as unknown as {
        browser: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } }
      }
    ).browser.scripting
    return (await scripting.getRegisteredContentScripts()).map((script) => script.id)
  })
}

const resultsCount = (page: Page): Promise<string | undefined> =>
  page.$eval(STATUS, (e) => (e as HTMLElement).dataset.results)

describe('asking for access, with nothing granted (Firefox, prompts as shipped)', () => {
  beforeAll(async () => {
    firefox = await launchFirefox(server)
    expect(await firefox.browser.installExtension(DIST_FIREFOX)).toBe(ADDONS.built.id)
  })

  afterAll(async () => {
    await firefox?.close()
    firefox = undefined
  })

  it('the temporary install is granted no site', async () => {
    expect(await grantedOrigins(await options())).toEqual([])
  })

  it('"Add site" takes the request to the browser’s prompt', async () => {
    const page = await options()
    const before = await resultsCount(page)
    const seen = await watchStatus(page, STATUS, async () => {
      await page.type('[data-testid=site-input]', 'dnyuz.com')
      await page.click('[data-testid=add-site]')
    })
    expectWaitingAtPrompt(seen, 'dnyuz.com', before)
    expect(await listedSites(page)).toEqual([])
  })

  it('a catalogue "Turn on" takes the request to the browser’s prompt', async () => {
    const page = await options()
    const before = await resultsCount(page)
    const seen = await watchStatus(page, STATUS, () =>
      page.click('[data-site="yahoo.com"] [data-testid=catalogue-add]'),
    )
    expectWaitingAtPrompt(seen, 'yahoo.com', before)
  })

  it('"Detect aggregator copies on every site" takes the request to the prompt', async () => {
    const page = await options()
    const before = await resultsCount(page)
    const seen = await watchStatus(page, STATUS, () =>
      page.click('[data-testid=detect-everywhere]'),
    )
    expectWaitingAtPrompt(seen, 'every site', before)
  })
})

describe('access granted without a prompt (Firefox, optional-permission prompts off)', () => {
  beforeAll(async () => {
    firefox = await launchFirefox(server, { 'extensions.webextOptionalPermissionPrompts': false })
    expect(await firefox.browser.installExtension(DIST_FIREFOX)).toBe(ADDONS.built.id)
  })

  it('"Turn on" gets the access, the story opens in the reader, "Remove" gives it back', async () => {
    const page = await options()
    expect(await grantedOrigins(page)).toEqual([])
    const turnedOn = await statusAfter(page, () =>
      page.click('[data-site="dnyuz.com"] [data-testid=catalogue-add]'),
    )
    expect(turnedOn).toBe(t('rulesSiteAdded', { site: 'dnyuz.com' }))
    expect(await grantedOrigins(page)).toEqual([
      'http://*.dnyuz.com/*',
      'http://dnyuz.com/*',
      'https://*.dnyuz.com/*',
      'https://dnyuz.com/*',
    ])
    // The page recognises the grant: no "Needs access" button on the rule.
    expect(await listedSites(page)).toEqual(['dnyuz.com'])
    expect(await page.$('[data-testid=rule-grant]')).toBeNull()
    expect(await registeredScriptIds(page)).toEqual(['upstream-auto-reader'])

    const { expected } = server.fixture('jnews--dnyuz-chile-spaceport-atacama')
    const tab = pages.track(await firefox!.browser.newPage(), 'story')
    await tab.goto(expected.url, { waitUntil: 'load' })
    await waitForInPageReader(tab)

    await page.bringToFront()
    const removed = await statusAfter(page, () => page.click('[data-testid=rule-remove]'))
    expect(removed).toBe(t('rulesSiteRemoved', { site: 'dnyuz.com' }))
    expect(await registeredScriptIds(page)).toEqual([])
    expect(await grantedOrigins(page)).toEqual([])
  })
})
