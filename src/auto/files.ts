/**
 * Names auto mode shares between contexts: the scripts it injects or registers (built by
 * tools/extractor-plugin.ts as classic scripts at the root of the extension) and its storage
 * key. A module of its own, with no imports, so the small content script and the popup can name
 * them without pulling in anything else.
 */
export const AUTO_READER_FILE = 'auto-reader.js'
export const AUTO_DETECT_FILE = 'auto-detect.js'
/** The in-page reader (core + UI), injected only when a page is switched to the reader. */
export const IN_PAGE_READER_FILE = 'in-page-reader.js'
/** What the in-page reader file defines on the content scripts' isolated world. */
export const IN_PAGE_READER_GLOBAL = '__upstreamInPageReader'

/** The `storage.local` key of the auto reader settings (see rules-store.ts). */
export const AUTO_SETTINGS_KEY = 'autoReader'
