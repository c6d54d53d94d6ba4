/** Asking the browser for access to a site (src/auto/access-messages.ts). */
export const accessMessages = {
  accessPromptNotice: 'Allow access to {what} in your browser’s prompt to continue.',
  accessCouldNotAsk:
    'Your browser did not let Upstream ask for access to {what}. Try again; if it keeps happening, your browser or its administrator may be blocking extensions from asking for access to sites.',
  accessNotGiven: 'Upstream was not given access to {what}, so nothing changed.',
  accessEverySite: 'every site',
} as const
