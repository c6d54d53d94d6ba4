/**
 * What Upstream tells the user about asking the browser for access to a site. Plain sentences
 * that say what to do; the browser's own error text is only logged. No imports, so tests can
 * name the same sentences.
 */

/** What the page says while the browser's permission prompt is open. */
export function promptNotice(what: string): string {
  return `Allow access to ${what} in your browser’s prompt to continue.`
}

/** When the browser refuses to ask at all (an error, not the user's answer). */
export function couldNotAskMessage(what: string): string {
  return (
    `Your browser did not let Upstream ask for access to ${what}. Try again; if it keeps ` +
    'happening, your browser or its administrator may be blocking extensions from asking for ' +
    'access to sites.'
  )
}

export function notGivenMessage(what: string): string {
  return `Upstream was not given access to ${what}, so nothing changed.`
}
