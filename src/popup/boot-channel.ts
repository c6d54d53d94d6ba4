/**
 * The hand-over between the popup's boot script (src/popup/boot.ts) and its bundle (main.tsx),
 * which the boot script loads.
 *
 * The boot script is a tiny classic script at the top of the popup's <head>: the moment the
 * popup document starts, it runs the extractor in the tab the button was clicked in (the click
 * granted activeTab to the whole extension, the popup included), so the extraction runs while
 * the popup's bundle is still loading, and without waiting for the background, which may have
 * to be started first. It leaves the pending run here; the bundle picks it up and turns it into
 * an outcome (the reply arrives as `unknown` and is checked there).
 */
import type { ExtractorRun } from '../messaging/run-extractor.ts'

/** The global the boot script defines in the popup's window. */
export const POPUP_BOOT_GLOBAL = '__upstreamPopupBoot'

/** The boot script's file name in the built extension (see tools/extractor-plugin.ts). */
export const POPUP_BOOT_FILE = 'popup-boot.js'

/** The popup's UI bundle (main.tsx), which the boot script imports (see tools/page-bundle.ts). */
export const POPUP_MAIN_FILE = 'assets/popup.js'

/** The active tab, and what running the extractor there came to. */
export interface BootAnswer {
  tabId: number
  /** The tab's address (the click's grant makes it visible), or null if the browser hid it. */
  pageUrl: string | null
  /** Date.now() when the run started. */
  at: number
  run: ExtractorRun
}

export type BootSettled = { ok: true; answer: BootAnswer } | { ok: false; error: unknown }

export interface PopupBoot {
  request: Promise<BootAnswer>
  /** Set once `request` has settled, so the bundle's first render can use it at once. */
  settled: BootSettled | null
}

/** The boot script's pending request, if it ran (it does not when the page is loaded in tests). */
export function popupBoot(): PopupBoot | null {
  const boot: unknown = Reflect.get(globalThis, POPUP_BOOT_GLOBAL)
  return typeof boot === 'object' && boot !== null && 'request' in boot ? (boot as PopupBoot) : null
}
