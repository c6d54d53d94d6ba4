/**
 * The English catalog: the source of every message and of their parameters' names. Areas live
 * in files of their own so that work on one page does not touch another's strings; a test checks
 * that no two areas use one key.
 */
import { manifestMessages } from './manifest.ts'
import { problemMessages } from './problems.ts'

export const enAreas = {
  manifestMessages,
  problemMessages,
} as const

export const en = {
  ...manifestMessages,
  ...problemMessages,
} as const

export type EnglishCatalog = typeof en
export type MessageKey = keyof EnglishCatalog
