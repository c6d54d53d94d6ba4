/**
 * What a reader tab for a live page (`?tab=<source tab id>`) shows, decided in one place:
 *
 * 1. the outcome the background stored for the source tab: the latest the user asked for
 *    there (the popup, "Open in reader", the shortcut), kept by this tab as well;
 * 2. else this tab's own copy (kept-story.ts): the source tab was closed, which makes the
 *    background forget its outcome, or the browser session storage was emptied;
 * 3. else, while the source tab is open, a fresh extraction from it;
 * 4. else nothing can be shown again: say so, with whatever links were kept.
 *
 * "Try again" (a fresh extraction) is offered only while the source tab is open: with the tab
 * gone it cannot work.
 */
import type { ExtractOutcome } from '../messaging/outcome.ts'
import type { Kept, StoryLinks } from './kept-story.ts'

export type LiveView =
  | { kind: 'outcome'; outcome: ExtractOutcome; canRetry: boolean }
  /** The source tab is closed and no story was kept; `links` when it was too large to keep. */
  | { kind: 'source-gone'; links: StoryLinks | null }

/** Where the reader gets its story (messages and sessionStorage; stand-ins in unit tests). */
export interface LiveSources {
  /** The background's stored outcome for the source tab, and whether that tab is open. */
  stored(): Promise<{ outcome: ExtractOutcome | null; sourceOpen: boolean }>
  /** A fresh extraction from the source tab; only asked while it is open. */
  extract(): Promise<ExtractOutcome>
  kept(): Kept | null
  keep(outcome: ExtractOutcome): void
}

async function extractNow(sources: LiveSources): Promise<LiveView> {
  const outcome = await sources.extract()
  sources.keep(outcome)
  return { kind: 'outcome', outcome, canRetry: true }
}

export async function loadLiveStory(sources: LiveSources): Promise<LiveView> {
  const { outcome: stored, sourceOpen } = await sources.stored()
  if (stored && stored.kind !== 'error') {
    sources.keep(stored)
    return { kind: 'outcome', outcome: stored, canRetry: sourceOpen }
  }
  // A stored error (a failed "Try again") does not hide a story this tab kept before.
  const kept = sources.kept()
  if (kept?.kind === 'outcome')
    return { kind: 'outcome', outcome: kept.outcome, canRetry: sourceOpen }
  if (stored) return { kind: 'outcome', outcome: stored, canRetry: sourceOpen }
  if (sourceOpen) return extractNow(sources)
  if (kept?.kind !== 'too-big') return { kind: 'source-gone', links: null }
  const { title, pageUrl, originalUrl } = kept
  return { kind: 'source-gone', links: { title, pageUrl, originalUrl } }
}

/** "Try again": extract afresh while the source tab is open; else what can still be shown. */
export async function retryLiveStory(sources: LiveSources): Promise<LiveView> {
  const { sourceOpen } = await sources.stored()
  return sourceOpen ? extractNow(sources) : loadLiveStory(sources)
}
