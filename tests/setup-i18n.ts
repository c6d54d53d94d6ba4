// Node has no browser i18n API: messages come from the English catalog, as the browser's
// default locale would give them.
import { en } from '../src/i18n/catalog/en/index.ts'
import { setFallbackCatalog } from '../src/i18n/t.ts'

setFallbackCatalog(en)
