/**
 * Firefox ESR: the built add-on installs, and its reader page renders the clean story for a
 * fixture served at its real https address.
 *
 * Headless Firefox has no toolbar button to click, so nothing can grant activeTab. The add-on as
 * built is therefore shown to render the honest "ask again" state; the story itself is read by a
 * copy whose manifest adds `host_permissions: ["<all_urls>"]` (granted to a temporary install).
 */
import type { Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { t } from '../../src/i18n/t.ts'
import { RESTRICTION_TEXT } from '../../src/shared-ui/restriction-text.ts'
import { trackPages } from './harness/artifacts.ts'
import {
  addSiteInOptions,
  clickInPageReader,
  OPTIONS_PATH,
  waitForInPageReader,
} from './harness/auto-mode.ts'
import { settledState } from './harness/chromium.ts'
import {
  ADDONS,
  type Addon,
  type Firefox,
  launchFirefox,
  openExtensionPage,
  tabIdOf,
  withHostPermissions,
} from './harness/firefox.ts'
import { type FixtureServer, startFixtureServer } from './harness/fixture-server.ts'
import { DIST_FIREFOX, READER_PATH } from './harness/paths.ts'
import { expectStoryAsExpected, IN_PAGE_HOST, normalize, readShownStory } from './harness/story.ts'

let server: FixtureServer
let firefox: Firefox
const pages = trackPages(import.meta.filename, () => firefox?.browser)
const hostPermissionBuild = withHostPermissions()

beforeAll(async () => {
  server = await startFixtureServer()
  firefox = await launchFirefox(server)
})

afterAll(async () => {
  await firefox?.close()
  await server?.close()
  hostPermissionBuild.remove()
})

/** Opens the fixture in a tab, then the add-on's reader page for that tab. */
async function readerFor(
  addon: Addon,
  url: string,
): Promise<{ tab: Page; reader: Page; state: string }> {
  const tab = pages.track(await firefox.browser.newPage(), 'page')
  await tab.goto(url, { waitUntil: 'load' })
  expect(tab.url()).toBe(url)
  const reader = pages.track(await openExtensionPage(firefox.browser, addon, READER_PATH), 'reader')
  const tabId = await tabIdOf(reader, url)
  await openExtensionPage(firefox.browser, addon, `${READER_PATH}?tab=${tabId}`, reader)
  return { tab, reader, state: await settledState(reader, 'reader') }
}

describe('Firefox ESR', () => {
  it('the built add-on installs; without a click its reader explains that it must be asked again', async () => {
    const id = await firefox.browser.installExtension(DIST_FIREFOX)
    expect(id).toBe(ADDONS.built.id)
    try {
      const { reader, state } = await readerFor(
        ADDONS.built,
        server.fixture('jnews--dnyuz-chile-spaceport-atacama').expected.url,
      )
      expect(state).toBe('restricted')
      const shown = await reader.$eval('[data-testid=state-restricted]', (e) => ({
        restriction: (e as HTMLElement).dataset.restriction,
        heading: e.querySelector('h1')?.textContent,
      }))
      expect(shown).toEqual({
        restriction: 'no-permission',
        heading: t(RESTRICTION_TEXT['no-permission'].title),
      })
    } finally {
      await firefox.browser.uninstallExtension(id)
    }
  })

  describe('with host permissions (a copy of the build)', () => {
    // Installed once: Firefox forgets an add-on's fixed UUID when it is uninstalled.
    beforeAll(async () => {
      expect(await firefox.browser.installExtension(hostPermissionBuild.path)).toBe(
        ADDONS.hostPermissions.id,
      )
    })

    it.each(['jnews--dnyuz-chile-spaceport-atacama', 'msn--venice-flood-barriers-lower-threshold'])(
      '%s: the reader page renders the clean story with its sources',
      async (name) => {
        const { expected } = server.fixture(name)
        const { reader, state } = await readerFor(ADDONS.hostPermissions, expected.url)
        expect(state).toBe('article')
        expectStoryAsExpected(await readShownStory(reader, 'reader'), expected)
      },
    )

    it('auto reader mode: a site turned on in the options page opens its stories in the page', async () => {
      const options = pages.track(
        await openExtensionPage(firefox.browser, ADDONS.hostPermissions, OPTIONS_PATH),
        'options',
      )
      await options.waitForSelector('[data-testid=options][data-loaded=true]')
      expect(await addSiteInOptions(options, 'dnyuz.com')).toBe(
        t('rulesSiteAdded', { site: 'dnyuz.com' }),
      )
      const { expected } = server.fixture('jnews--dnyuz-chile-spaceport-atacama')
      const tab = pages.track(await firefox.browser.newPage(), 'page')
      await tab.goto(expected.url, { waitUntil: 'load' })
      await waitForInPageReader(tab)
      expectStoryAsExpected(await readShownStory(tab, 'in-page-reader'), expected)
      await clickInPageReader(tab, 'show-original')
      expect(await tab.$(IN_PAGE_HOST)).toBeNull()
      expect(await tab.evaluate(() => document.body.innerText)).toContain('appeared first on')
    })

    it('reading list: a story saved from the reader page reads back from storage', async () => {
      const { expected } = server.fixture('msn--venice-flood-barriers-lower-threshold')
      const { reader, state } = await readerFor(ADDONS.hostPermissions, expected.url)
      expect(state).toBe('article')
      await reader.waitForSelector('[data-testid=action-save]')
      await reader.click('[data-testid=action-save]')
      await reader.waitForFunction(
        () => (document.querySelector('[data-testid=save-status]')?.textContent ?? '') !== '',
      )
      expect(await reader.$eval('[data-testid=save-status]', (e) => e.textContent)).toContain(
        'Saved to your reading list',
      )

      const list = pages.track(
        await openExtensionPage(firefox.browser, ADDONS.hostPermissions, '/src/list/index.html'),
        'list',
      )
      await list.waitForSelector('[data-testid=list-item]')
      const item = await list.$eval('[data-testid=list-item]', (e) => ({
        id: (e as HTMLElement).dataset.id ?? '',
        title: e.querySelector('[data-testid=item-open]')?.textContent ?? '',
      }))
      expect(item.title).toBe(expected.title)
      // The title is a link to the saved story, in this add-on's own origin.
      const link = await list.$eval('[data-testid=list-item] [data-testid=item-open]', (a) => ({
        tag: a.tagName,
        href: (a as HTMLAnchorElement).href,
        origin: location.origin,
      }))
      expect(link.tag).toBe('A')
      expect(link.href).toBe(`${link.origin}${READER_PATH}?saved=${encodeURIComponent(item.id)}`)
      const saved = pages.track(
        await openExtensionPage(
          firefox.browser,
          ADDONS.hostPermissions,
          `${READER_PATH}?saved=${encodeURIComponent(item.id)}`,
        ),
        'saved',
      )
      expect(await settledState(saved, 'reader')).toBe('article')
      const shown = await readShownStory(saved, 'reader')
      expect(shown.title).toBe(expected.title)
      expect(normalize(shown.storyText)).toContain(normalize(expected.paragraphs?.[0] ?? ''))
    })

    // The popup runs the extractor itself, from src/popup/, where Firefox resolves relative
    // script paths against the page. action.openPopup() opens the real popup; extension.getViews
    // reaches its document from another extension page.
    it('the toolbar popup reads the active tab by itself and keeps the outcome for the reader', async () => {
      const { expected } = server.fixture('jnews--dnyuz-chile-spaceport-atacama')
      const tab = pages.track(await firefox.browser.newPage(), 'page')
      await tab.goto(expected.url, { waitUntil: 'load' })
      const opener = pages.track(
        await openExtensionPage(firefox.browser, ADDONS.hostPermissions, READER_PATH),
        'opener',
      )
      const tabId = await tabIdOf(opener, expected.url)
      const shown = await opener.evaluate(async (id: number) => {
        interface PopupWindow {
          document: Document
        }
        const api = (
          globalThis as unknown as {
            browser: {
              tabs: { update(id: number, props: { active: boolean }): Promise<unknown> }
              action: { openPopup(): Promise<void> }
              storage: { session: { get(key: string): Promise<Record<string, unknown>> } }
              extension: { getViews(filter: { type: 'popup' }): PopupWindow[] }
            }
          }
        ).browser
        await api.tabs.update(id, { active: true })
        await api.action.openPopup()
        const key = `outcome:${id}`
        for (let i = 0; i < 150; i++) {
          const kept = (await api.storage.session.get(key))[key] as { kind?: string } | undefined
          const popup = api.extension.getViews({ type: 'popup' })[0]?.document
          const state = popup?.querySelector<HTMLElement>('[data-testid=popup]')?.dataset.state
          if (kept && state && state !== 'loading') {
            return {
              state,
              kept: kept.kind,
              title: popup?.querySelector('[data-testid=story-title]')?.textContent ?? null,
            }
          }
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        return null
      }, tabId)
      expect(shown).toEqual({ state: 'article', kept: 'article', title: expected.title })
    })
  })
})
