/**
 * The popup's boot script: a classic script at the top of the popup's <head>, built on its own
 * as one small file (tools/extractor-plugin.ts). It runs before the popup's bundle is fetched
 * and compiled: it finds the tab the toolbar button was clicked in and runs the extractor there
 * at once. See boot-channel.ts.
 *
 * No webextension-polyfill here (it would triple the file): both browsers' MV3 `tabs.query` and
 * `scripting.executeScript` return promises, which is all this needs.
 */
import { runExtractor, type ScriptingApi } from '../messaging/run-extractor.ts'
import { type BootAnswer, POPUP_BOOT_GLOBAL, type PopupBoot } from './boot-channel.ts'

interface BootApi {
  tabs: {
    query(query: { active: true; currentWindow: true }): Promise<{ id?: number; url?: string }[]>
  }
  scripting: ScriptingApi
}

function extensionApi(): BootApi {
  const api: unknown = Reflect.get(globalThis, 'browser') ?? Reflect.get(globalThis, 'chrome')
  return api as BootApi
}

async function readTab(): Promise<BootAnswer> {
  const api = extensionApi()
  const [tab] = await api.tabs.query({ active: true, currentWindow: true })
  if (tab?.id === undefined) throw new Error('There is no tab to read.')
  const at = Date.now()
  // A page no extension may script (a browser page, a store) is recognised from its URL by the
  // bundle; trying anyway only costs a refused call.
  return {
    tabId: tab.id,
    pageUrl: tab.url ?? null,
    at,
    run: await runExtractor(api.scripting, tab.id),
  }
}

const boot: PopupBoot = { request: readTab(), settled: null }
boot.request.then(
  (answer) => {
    boot.settled = { ok: true, answer }
    performance.mark('upstream:boot-answer')
  },
  (error: unknown) => {
    boot.settled = { ok: false, error }
  },
)
Object.assign(globalThis, { [POPUP_BOOT_GLOBAL]: boot })
