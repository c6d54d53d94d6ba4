/** Where things are: the built extension, its fixed ids, and the artifacts folder. */
import { join, resolve } from 'node:path'
import { GECKO_ID } from '../../../tools/manifest.ts'

export const ROOT = resolve(import.meta.dirname, '../../..')
export const DIST_CHROME = join(ROOT, 'dist/chrome')
export const DIST_FIREFOX = join(ROOT, 'dist/firefox')

/** Pinned by the manifest's `key`, so it is the same in every checkout. */
export const CHROME_EXTENSION_ID = 'khjacjnnjomlpcllhjnjhhhepgmpbnoo'
export { GECKO_ID }

export const ARTIFACTS_E2E = join(ROOT, 'artifacts/e2e')

/** The system browsers (Debian packages); override with CHROMIUM_PATH / FIREFOX_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium'
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'

export const POPUP_PATH = '/src/popup/index.html'
export const READER_PATH = '/src/reader/index.html'
