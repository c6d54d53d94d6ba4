/**
 * What Upstream tells the user about asking the browser for access to a site. Plain sentences
 * that say what to do; the browser's own error text is only logged.
 */
import { t } from '../i18n/t.ts'

/** What the page says while the browser's permission prompt is open. */
export function promptNotice(what: string): string {
  return t('accessPromptNotice', { what })
}

/** When the browser refuses to ask at all (an error, not the user's answer). */
export function couldNotAskMessage(what: string): string {
  return t('accessCouldNotAsk', { what })
}

export function notGivenMessage(what: string): string {
  return t('accessNotGiven', { what })
}
