/**
 * Every language the UI is written in, for the build (tools/locales-plugin.ts) and the catalog
 * tests. English is the default: the browser falls back to it for anything missing.
 */
import { ar } from './ar/index.ts'
import { en } from './en/index.ts'

export const DEFAULT_LOCALE = 'en'

export const LOCALES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en,
  ar,
}
