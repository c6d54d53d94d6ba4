/**
 * The only ways HTML from a web page may reach an extension page. Article HTML is sanitized by
 * core inside the web page, but a page (or a compromised renderer) can answer executeScript with
 * anything, so it is sanitized again here, in the extension's own context, with the same strict
 * allowlist (src/core/sanitize.ts).
 *
 * - `toSafeFragment` is what gets rendered (`SanitizedHtml`): nodes, appended, never a string
 *   parsed into the page.
 * - `toSafeHtml` is for markup that leaves as text (Markdown on the clipboard). `SafeHtml` can
 *   only be made by this function, so a raw string cannot pass for sanitized markup by mistake.
 */
import { sanitizeHtml, sanitizeHtmlToFragment } from '../core/sanitize.ts'

declare const safeHtmlBrand: unique symbol

export type SafeHtml = string & { readonly [safeHtmlBrand]: true }

export function toSafeHtml(untrusted: string): SafeHtml {
  return sanitizeHtml(untrusted, window) as SafeHtml
}

export function toSafeFragment(untrusted: string): DocumentFragment {
  return sanitizeHtmlToFragment(untrusted, window)
}
