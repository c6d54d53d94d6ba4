/**
 * Each Problem (src/messaging/problems.ts) as the user reads it: what happened, what to do, and
 * whether "Try again" can help. Raw browser errors never reach the screen.
 */
import type { PlainKey } from '../i18n/t.ts'
import type { Problem } from '../messaging/problems.ts'

export interface ProblemWords {
  title: PlainKey
  text: PlainKey
  /** Offer "Try again": only where trying again can work. */
  retry: boolean
}

export const PROBLEM_WORDS: Record<Problem, ProblemWords> = {
  'page-changed': { title: 'problemPageChangedTitle', text: 'problemPageChangedText', retry: true },
  'tab-closed': { title: 'problemTabClosedTitle', text: 'problemTabClosedText', retry: false },
  'no-answer': { title: 'problemNoAnswerTitle', text: 'problemNoAnswerText', retry: true },
  timeout: { title: 'problemTimeoutTitle', text: 'problemTimeoutText', retry: true },
  'reading-failed': {
    title: 'problemReadingFailedTitle',
    text: 'problemReadingFailedText',
    retry: true,
  },
  'extension-reloaded': {
    title: 'problemExtensionReloadedTitle',
    text: 'problemExtensionReloadedText',
    retry: false,
  },
  'background-unavailable': {
    title: 'problemBackgroundTitle',
    text: 'problemBackgroundText',
    retry: true,
  },
  'missing-source': {
    title: 'problemMissingSourceTitle',
    text: 'problemMissingSourceText',
    retry: false,
  },
  'not-in-list': { title: 'problemNotInListTitle', text: 'problemNotInListText', retry: false },
  'storage-full': {
    title: 'problemStorageFullTitle',
    text: 'problemStorageFullText',
    retry: false,
  },
  unknown: { title: 'problemUnknownTitle', text: 'problemUnknownText', retry: true },
}
