/**
 * The hand-over between the popup's boot script (src/popup/boot.ts) and its bundle (main.tsx).
 *
 * The boot script is a tiny classic script at the top of the popup's <head>: it asks the
 * background for the story the moment the popup document starts, so the extraction runs while
 * the popup's bundle is still loading instead of after its first render. It leaves the pending
 * request here; the bundle picks it up (and checks the reply, which arrives as `unknown`).
 */

/** The global the boot script defines in the popup's window. */
export const POPUP_BOOT_GLOBAL = '__upstreamPopupBoot'

/** The boot script's file name in the built extension (see tools/extractor-plugin.ts). */
export const POPUP_BOOT_FILE = 'popup-boot.js'

/** The active tab's id and the background's raw answer to `extractTab` for it. */
export interface BootAnswer {
  tabId: number
  reply: unknown
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
