/**
 * Chromium's own extension settings page (chrome://extensions → Upstream → Details → "Site
 * access"), driven through the API that page itself calls (`chrome.developerPrivate`). A user can
 * set an extension's access there to "On click" and later allow one site; the extension then
 * gets `permissions.onAdded`, just as after "Allow" in a permission prompt. Headless Chromium has
 * no prompt to click, so tests use this to give access after the extension asked.
 *
 * It only applies to hosts the manifest declares in `host_permissions` (withheld by "On click"),
 * not to `optional_host_permissions`: tests use a copy of the build that declares the site.
 */
import type { Page } from 'puppeteer-core'
import { type Chromium, openTab } from './chromium.ts'
import { CHROME_EXTENSION_ID } from './paths.ts'

interface DeveloperPrivate {
  updateExtensionConfiguration(update: { extensionId: string; hostAccess: string }): Promise<void>
  addHostPermission(extensionId: string, host: string): Promise<void>
}

export async function openExtensionSettings(chromium: Chromium): Promise<Page> {
  return openTab(chromium, `chrome://extensions/?id=${CHROME_EXTENSION_ID}`)
}

/** "Site access: On click": the declared hosts are withheld until the user allows them. */
export async function withholdSiteAccess(settings: Page): Promise<void> {
  await settings.evaluate(async (id: string) => {
    const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome
      .developerPrivate
    await api.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_CLICK' })
  }, CHROME_EXTENSION_ID)
}

/** Allows `pattern` ("*://dnyuz.com/*") in the site-access list, as a user adding a site. */
export async function allowSite(settings: Page, pattern: string): Promise<void> {
  await settings.evaluate(
    async (id: string, host: string) => {
      const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } })
        .chrome.developerPrivate
      await api.addHostPermission(id, host)
    },
    CHROME_EXTENSION_ID,
    pattern,
  )
}
