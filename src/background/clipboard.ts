/**
 * Clipboard writes for the context menu's "Copy original link", which has no page of its own.
 *
 * The write runs in the page's isolated world through executeScript, under the activeTab grant
 * the menu click gave. We chose this over Chrome's offscreen document because the offscreen
 * route only works with the `clipboardWrite` permission, and that permission adds the install
 * warning "Modify data you copy and paste" (measured with
 * management.getPermissionWarningsByManifest); Upstream asks for nothing that warns.
 * Chrome grants `clipboard-write` to the focused page of the active tab, which is where the
 * menu was just opened. The async clipboard API also fires no `copy` event, so the page
 * cannot swap the link. It needs a secure context: on plain-http pages it fails, and the
 * badge says to use the popup's button instead.
 *
 * Firefox asks for user activation in the page; when that is missing, the event page (which,
 * unlike Chrome's service worker, has a DOM and `navigator.clipboard`) tries itself.
 */
import browser from 'webextension-polyfill'

/** Runs in the page's isolated world, so it must be self-contained (it is serialised). */
async function writeInPage(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

async function writeHere(text: string): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.clipboard) return false
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

export async function copyTextInTab(tabId: number, text: string): Promise<boolean> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: writeInPage,
      args: [text],
    })
    if (frame?.result === true) return true
  } catch {
    // No access to the page any more (it navigated): try the background below.
  }
  return writeHere(text)
}
