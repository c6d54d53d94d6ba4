/**
 * The popup's boot script: a classic script at the top of the popup's <head>, built on its own
 * as one small file (tools/extractor-plugin.ts). It runs before the popup's bundle is fetched
 * and compiled, finds the tab the toolbar button was clicked in, and sends the background the
 * request the popup would otherwise send only after its first render. See boot-channel.ts.
 *
 * No webextension-polyfill here (it would triple the file): both browsers' MV3 `tabs.query`
 * and `runtime.sendMessage` return promises, which is all this needs.
 */
import type { RequestOf } from '../messaging/protocol.ts'
import { type BootAnswer, POPUP_BOOT_GLOBAL, type PopupBoot } from './boot-channel.ts'

interface BootApi {
  tabs: { query(query: { active: true; currentWindow: true }): Promise<{ id?: number }[]> }
  runtime: { sendMessage(message: RequestOf<'extractTab'>): Promise<unknown> }
}

function extensionApi(): BootApi {
  const api: unknown = Reflect.get(globalThis, 'browser') ?? Reflect.get(globalThis, 'chrome')
  return api as BootApi
}

async function askForStory(): Promise<BootAnswer> {
  const api = extensionApi()
  const [tab] = await api.tabs.query({ active: true, currentWindow: true })
  if (tab?.id === undefined) throw new Error('There is no tab to read.')
  const reply = await api.runtime.sendMessage({
    type: 'extractTab',
    tabId: tab.id,
    trigger: 'gesture',
  })
  return { tabId: tab.id, reply }
}

const boot: PopupBoot = { request: askForStory(), settled: null }
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
