/**
 * The English catalog: the source of every message and of their parameters' names. Areas live
 * in files of their own so that work on one page does not touch another's strings; a test checks
 * that no two areas use one key.
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

export const enAreas = {
  accessMessages,
  backgroundMessages,
  inPageMessages,
  libraryMessages,
  listMessages,
  manifestMessages,
  optionsMessages,
  popupMessages,
  problemMessages,
  readerMessages,
  ruleMessages,
  saveMessages,
  sourceMessages,
  stateMessages,
  storyMessages,
} as const

export const en = {
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

export type EnglishCatalog = typeof en
export type MessageKey = keyof EnglishCatalog
