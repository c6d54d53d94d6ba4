/**
 * The Arabic catalog, area by area as the English one (../en/index.ts). Modern Standard Arabic
 * as Chrome's and Firefox's Arabic UIs write it: commands as verbal nouns ("حفظ"، "نسخ الرابط"),
 * Arabic punctuation and «…» quotes; "Upstream" and site names stay in Latin script.
 *
 * Parameters that bring in text of unknown direction (a site, an address, a title, a search) sit
 * between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, as <bdi> would put
 * them: "https://example.com/a/" keeps its trailing slash and an English title its "!" inside an
 * Arabic sentence. Counted messages add the forms Arabic needs (_zero, _two, _few, _many).
 */
import { accessMessages } from './access.ts'
import { backgroundMessages } from './background.ts'
import { inPageMessages } from './in-page.ts'
import { libraryMessages } from './library.ts'
import { listMessages } from './list.ts'
import { manifestMessages } from './manifest.ts'
import { optionsMessages } from './options.ts'
import { popupMessages } from './popup.ts'
import { problemMessages } from './problems.ts'
import { readerMessages } from './reader.ts'
import { ruleMessages } from './rules.ts'
import { saveMessages } from './save.ts'
import { sourceMessages } from './source.ts'
import { stateMessages } from './states.ts'
import { storyMessages } from './story.ts'

export const ar = {
  ...accessMessages,
  ...backgroundMessages,
  ...inPageMessages,
  ...libraryMessages,
  ...listMessages,
  ...manifestMessages,
  ...optionsMessages,
  ...popupMessages,
  ...problemMessages,
  ...readerMessages,
  ...ruleMessages,
  ...saveMessages,
  ...sourceMessages,
  ...stateMessages,
  ...storyMessages,
} as const
