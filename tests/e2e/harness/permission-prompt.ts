/**
 * What a page shows while it asks the browser for host access, for tests that click the real
 * "Add site" / "Turn on" / "Always open" controls of the real build with nothing granted.
 *
 * A headless browser shows its permission prompt nowhere and nobody answers it; measured on
 * this machine, both Chromium 156 and Firefox ESR 153 leave `permissions.request` pending
 * (still pending after 20 s), neither grants nor denies. A request the browser refuses to ask
 * (an origin the manifest does not offer) instead fails at once ("Only permissions specified in
 * the manifest may be requested" in Chromium, "Cannot request origin permission for … since it
 * was not declared in the manifest" in Firefox). So "still waiting at the prompt after a while,
 * with no error shown" is what proves the browser accepted the request and is asking the user.
 */
import { type Page, ProtocolError } from 'puppeteer-core'
import { expect } from 'vitest'
import { promptNotice } from '../../../src/auto/access-messages.ts'

/** How long a request must stay unanswered to count as waiting at the prompt. */
export const PROMPT_HOLD_MS = 2_000

export interface StatusWatch {
  /**
   * Every text the status line showed after the action began, in order (one shown only briefly
   * is kept too); empty texts are left out.
   */
  shown: string[]
  /** The status line's text at the end. */
  final: string
  /** Its `data-waiting` flag at the end ("true" while the prompt is open). */
  waiting: string | undefined
  /** How many action results the page had reported by the end (`data-results`), if it counts. */
  results: string | undefined
}

/**
 * Records every text the element at `selector` shows while `action` runs and for `holdMs` after,
 * with a MutationObserver installed before the action, then reads its final state.
 */
export async function watchStatus(
  page: Page,
  selector: string,
  action: () => Promise<void>,
  holdMs: number = PROMPT_HOLD_MS,
): Promise<StatusWatch> {
  await page.evaluate((sel: string) => {
    const element = document.querySelector(sel)
    if (!element) throw new Error(`No ${sel} on the page`)
    // What it showed before the action is not part of what the action made it show.
    let last = element.textContent ?? ''
    const log: string[] = []
    Reflect.set(globalThis, '__statusLog', log)
    new MutationObserver(() => {
      const text = element.textContent ?? ''
      if (text !== last) log.push(text)
      last = text
    }).observe(element, { childList: true, characterData: true, subtree: true })
  }, selector)
  await action()
  await new Promise((resolve) => setTimeout(resolve, holdMs))
  return page.evaluate((sel: string) => {
    const element = document.querySelector<HTMLElement>(sel)
    return {
      shown: (Reflect.get(globalThis, '__statusLog') as string[]).filter((text) => text !== ''),
      final: element?.textContent ?? '',
      waiting: element?.dataset.waiting,
      results: element?.dataset.results,
    }
  }, selector)
}

/** Resolves true if the page closes within `ms`, false otherwise. */
/**
 * Clicks a popup control that opens the permission prompt, which closes the popup (Chromium,
 * about 70 ms after the click). The popup can be gone before the browser acknowledges the
 * click's release, and puppeteer then reports the click as failed ("Target closed"): that is
 * the expected outcome here, not an error. Whether the popup closed is checked by the caller.
 */
export async function clickClosingPopup(popup: Page, selector: string): Promise<void> {
  try {
    await popup.click(selector)
  } catch (error) {
    // puppeteer's TargetCloseError, which its types do not export: a ProtocolError so named.
    if (!(error instanceof ProtocolError && /Target closed/.test(error.message))) throw error
  }
}

export function closesWithin(page: Page, ms: number): Promise<boolean> {
  if (page.isClosed()) return Promise.resolve(true)
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms)
    page.once('close', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })
}

/** What the page must show for a request the browser took to its prompt. */
export function expectWaitingAtPrompt(
  seen: StatusWatch,
  what: string,
  resultsBefore: string | undefined,
): void {
  // Only the notice was ever shown: no error text, not even briefly.
  expect(seen.shown).toEqual([promptNotice(what)])
  // Still shown after the hold, and no result reported: the request has not settled.
  expect(seen.final).toBe(promptNotice(what))
  expect(seen.waiting).toBe('true')
  expect(seen.results).toBe(resultsBefore)
}
