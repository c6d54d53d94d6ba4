/**
 * The popup's boot script: the only script in the popup's HTML, a classic script at the top of
 * its <head>, built on its own as one small file (tools/extractor-plugin.ts). It finds the tab
 * the toolbar button was clicked in and runs the extractor there at once (see boot-channel.ts),
 * then imports the popup's UI bundle.
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

/*
 * The UI comes by import(), not by a <script type="module"> in the HTML. Chromium shows a popup
 * only after its document's load event (ExtensionPopup::DocumentOnLoadCompletedInPrimaryMainFrame),
 * and the load event waits for the document's module scripts but not for a dynamic import. So
 * the browser starts showing the popup (tens of milliseconds of its own work before the first
 * frame) while the bundle is fetched, compiled and rendered and the extraction runs, instead of
 * after all of that.
 *
 * The specifier is a string literal, root-relative, so it resolves against this script's own
 * address to the extension's assets/popup.js (POPUP_MAIN_FILE). Firefox's add-on linter accepts
 * a literal, where it flags an import() of a computed address as unsafe. The boot build keeps the
 * literal as written only because it is listed in POPUP_BOOT_EXTERNALS (tools/extractor-plugin.ts),
 * which is made from POPUP_MAIN_FILE: if the two ever disagree, the build fails on an import it
 * cannot resolve.
 */
// @ts-expect-error TS2307: the address is the built bundle's in dist/, not a source file (the
// bundle is main.tsx); the boot script uses none of its exports, so there is nothing to type.
import('/assets/popup.js').catch((error: unknown) => {
  console.error('Upstream: the popup could not load', error)
})
