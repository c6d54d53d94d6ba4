/**
 * The Spanish catalog: every English message (src/i18n/catalog/en/), area by area, merged like
 * en/index.ts. Neutral international Spanish as the browsers' "es" UIs write it, labels
 * impersonal, "tú" where the user is addressed, «» quotes. Terms: reader view "vista de
 * lectura", reading list "lista de lectura", story "artículo", publisher "medio", republished
 * copy "copia republicada", excerpt "extracto", archive "archivar", auto reader mode "vista de
 * lectura automática", settings page "configuración", reading settings "opciones de lectura",
 * keyboard shortcuts "atajos de teclado".
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

export const es = {
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
