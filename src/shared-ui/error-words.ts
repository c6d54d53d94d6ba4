/**
 * What to tell the user about anything thrown: a LibraryError already carries a sentence written
 * for them (which write failed, in their language); anything else is classified into a problem
 * and explained in its words. The raw error goes to the console, never to the screen.
 */
import { t } from '../i18n/t.ts'
import { LibraryError } from '../library/errors.ts'
import { classifyError, errorDetail, type Problem } from '../messaging/problems.ts'
import { PROBLEM_WORDS } from './problem-text.ts'

export function problemOf(error: unknown): Problem {
  return error instanceof LibraryError ? error.problem : classifyError(errorDetail(error))
}

/** The sentence to show; `context` names what failed, for the console. */
export function errorWords(error: unknown, context: string): string {
  if (error instanceof LibraryError) return error.message
  console.warn(`Upstream: ${context}:`, errorDetail(error))
  return t(PROBLEM_WORDS[problemOf(error)].text)
}
