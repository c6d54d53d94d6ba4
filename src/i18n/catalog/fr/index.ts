/**
 * The French catalog: every area of the English one (en/index.ts), translated. The types check
 * that each area has every English key and no other.
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

export const fr = {
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
