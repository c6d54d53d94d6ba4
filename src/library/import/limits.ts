/**
 * Limits on what an import accepts. A reading-list file comes from the user's disk, but it may
 * have been produced (or tampered with) by anyone: these keep one file from freezing the page
 * or filling IndexedDB.
 */

/** Longest file text accepted, in UTF-16 code units (about 50 MB of mostly-ASCII text). */
export const MAX_FILE_CHARS = 50 * 1024 * 1024

/** Most items one file may hold; a real export of a large list has a few tens of thousands. */
export const MAX_ITEMS = 100_000

/** Titles longer than this are cut: no real headline is, and the list shows one line. */
export const MAX_TITLE_CHARS = 1000

/** At most this many tags per item, each at most this long. */
export const MAX_TAGS = 50
export const MAX_TAG_CHARS = 100

/** Longer addresses are skipped: browsers and servers refuse them anyway. */
export const MAX_URL_CHARS = 8192

/** The last millisecond of year 9999: a later time cannot even be printed as a Date. */
export const MAX_TIME_MS = 253_402_300_799_999
