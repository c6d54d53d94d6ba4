/**
 * Every language the UI is written in, for the build (tools/locales-plugin.ts) and the catalog
 * tests. English is the default: the browser falls back to it for anything missing.
 */
import { ar } from './ar/index.ts'
import { de } from './de/index.ts'
import { en } from './en/index.ts'
import { es } from './es/index.ts'
import { fr } from './fr/index.ts'

export const DEFAULT_LOCALE = 'en'

export const LOCALES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en,
  ar,
  de,
  es,
  fr,
}
