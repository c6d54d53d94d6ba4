/**
 * The only way to get HTML that may be put into an extension page. Article HTML is sanitized by
 * core inside the web page, but a page (or a compromised renderer) can answer executeScript with
 * anything, so it is sanitized again here, in the extension's own context, with the same strict
 * allowlist. `SafeHtml` can only be made by this function, so a raw string cannot reach
 * `SanitizedHtml` by mistake.
 */
import { sanitizeHtml } from '../core/sanitize.ts'

declare const safeHtmlBrand: unique symbol

export type SafeHtml = string & { readonly [safeHtmlBrand]: true }

export function toSafeHtml(untrusted: string): SafeHtml {
  return sanitizeHtml(untrusted, window) as SafeHtml
}
