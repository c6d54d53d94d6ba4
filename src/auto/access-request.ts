/**
 * Asking the browser for host access, and saying in plain words what came of it. Shared by the
 * options page and the popup; it imports nothing but the polyfill, so the popup's first paint
 * does not carry the rule code.
 *
 * Call it first thing in a click handler: browsers accept `permissions.request` only during a
 * user gesture, and the body of this function up to its first `await` runs in the click's task.
 */
import browser from 'webextension-polyfill'
import { couldNotAskMessage, notGivenMessage, promptNotice } from './access-messages.ts'

export type ActionResult = { ok: true; message: string } | { ok: false; message: string }

/**
 * Told what to show while the browser's permission prompt is open (`promptNotice`), and `null`
 * once the prompt has been answered.
 */
export type PromptListener = (notice: string | null) => void

/**
 * A request the browser answers without a prompt (the access is granted already) settles within
 * milliseconds; nobody answers a prompt that fast. Saying "answer the prompt" only after this
 * long keeps the notice from flashing up when no prompt appears.
 */
const PROMPT_NOTICE_DELAY_MS = 150

/**
 * Asks for `origins`; resolves with `null` once they are granted, or with the failure to show.
 * `what` names them for the user ("dnyuz.com", "every site").
 */
export async function requestAccess(
  origins: string[],
  what: string,
  onPrompt: PromptListener = () => undefined,
): Promise<ActionResult | null> {
  const notice = setTimeout(() => onPrompt(promptNotice(what)), PROMPT_NOTICE_DELAY_MS)
  let granted: boolean
  try {
    granted = await browser.permissions.request({ origins })
  } catch (error) {
    // The browser's own words are for developers; the user gets a sentence that says what to do.
    console.warn(`Upstream: permissions.request(${origins.join(', ')}) failed:`, error)
    return { ok: false, message: couldNotAskMessage(what) }
  } finally {
    clearTimeout(notice)
    onPrompt(null)
  }
  return granted ? null : { ok: false, message: notGivenMessage(what) }
}
