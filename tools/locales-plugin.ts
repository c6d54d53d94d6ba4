/**
 * Writes `_locales/<lang>/messages.json` into the build from the TypeScript catalogs in
 * src/i18n/catalog, so the texts are type-checked where they are used and no JSON is kept by
 * hand.
 */
import type { Plugin } from 'vite'
import { en } from '../src/i18n/catalog/en/index.ts'
import { LOCALES } from '../src/i18n/catalog/locales.ts'
import { toMessagesJson } from './messages-json.ts'

export function localesPlugin(): Plugin {
  return {
    name: 'upstream:locales',
    apply: 'build',
    generateBundle() {
      for (const [lang, catalog] of Object.entries(LOCALES)) {
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${lang}/messages.json`,
          source: `${JSON.stringify(toMessagesJson(catalog, en, lang), null, 2)}\n`,
        })
      }
    },
  }
}
