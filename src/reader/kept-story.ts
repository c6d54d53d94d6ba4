/**
 * The reader tab's own copy of the story it shows, so that reloading it shows the same story
 * after the tab it was read from was closed (the background then forgets that tab's outcome)
 * and after the service worker was stopped.
 *
 * Kept in the reader page's own `sessionStorage`, not in the extension's `storage.session`:
 * - it belongs to this one tab by construction: no reader-tab ids to key it by, and the browser
 *   drops it with the tab, so nothing has to hear the tab close and clean up (a stopped worker
 *   hears nothing until it is woken);
 * - it survives reloads, needs no message to a worker that may be stopped, and is written and
 *   read synchronously, so the reload cannot race a write;
 * - each tab has its own quota, apart from the 10 MB of `storage.session` that the background's
 *   per-tab outcomes already fill with the same story.
 * A story too large for it (the browser throws QuotaExceededError) keeps only its title and its
 * links, so the reader can say why it cannot show the story again and still offer the links.
 */
import { isNullableString, isRecord } from '../messaging/guards.ts'
import type { ExtractOutcome } from '../messaging/outcome.ts'
import { isExtractOutcome } from '../messaging/validate.ts'
import { sourceOfKind } from '../shared/links.ts'

/** What the reader can still offer for a story it could not keep. */
export interface StoryLinks {
  title: string | null
  /** The page the story was read from. */
  pageUrl: string | null
  /** The original article, when the page named one. */
  originalUrl: string | null
}

export type Kept = { kind: 'outcome'; outcome: ExtractOutcome } | ({ kind: 'too-big' } & StoryLinks)

/** The part of Web Storage used here: the page's sessionStorage, or a stand-in in unit tests. */
export type KeptStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

const keyFor = (sourceTabId: number): string => `upstream:reader-story:${sourceTabId}`

/** The page's sessionStorage, or null where the browser refuses it (it may throw on access). */
export function pageSessionStorage(): KeptStorage | null {
  try {
    return window.sessionStorage
  } catch {
    return null
  }
}

export function storyLinks(outcome: ExtractOutcome): StoryLinks {
  const result = outcome.kind === 'article' || outcome.kind === 'no-article' ? outcome.result : null
  return {
    title: result?.article?.title || null,
    pageUrl: (result && sourceOfKind(result, 'page')?.url) ?? outcome.pageUrl,
    originalUrl: (result && sourceOfKind(result, 'original')?.url) ?? null,
  }
}

function trySet(storage: KeptStorage, key: string, value: Kept): boolean {
  try {
    storage.setItem(key, JSON.stringify(value))
    return true
  } catch {
    // QuotaExceededError (or storage switched off): the caller keeps less, or nothing.
    return false
  }
}

/**
 * Keeps what the reader shows for `sourceTabId`. An error is not a story: it is not kept, and
 * a story kept before stays (a failed "Try again" must not lose it).
 */
export function keepStory(
  storage: KeptStorage | null,
  sourceTabId: number,
  outcome: ExtractOutcome,
): 'kept' | 'too-big' | 'not-kept' {
  if (!storage || outcome.kind === 'error') return 'not-kept'
  const key = keyFor(sourceTabId)
  if (trySet(storage, key, { kind: 'outcome', outcome })) return 'kept'
  if (trySet(storage, key, { kind: 'too-big', ...storyLinks(outcome) })) return 'too-big'
  // Not even the links fit: an older story under this key would now be the wrong one.
  try {
    storage.removeItem(key)
  } catch {}
  return 'not-kept'
}

/** What this reader tab kept for `sourceTabId`, checked as strictly as a message. */
export function keptStory(storage: KeptStorage | null, sourceTabId: number): Kept | null {
  let value: unknown
  try {
    const raw = storage?.getItem(keyFor(sourceTabId))
    if (!raw) return null
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (!isRecord(value)) return null
  if (value.kind === 'outcome') {
    const { outcome } = value
    return isExtractOutcome(outcome) && outcome.tabId === sourceTabId
      ? { kind: 'outcome', outcome }
      : null
  }
  if (
    value.kind === 'too-big' &&
    isNullableString(value.title) &&
    isNullableString(value.pageUrl) &&
    isNullableString(value.originalUrl)
  ) {
    return {
      kind: 'too-big',
      title: value.title,
      pageUrl: value.pageUrl,
      originalUrl: value.originalUrl,
    }
  }
  return null
}
