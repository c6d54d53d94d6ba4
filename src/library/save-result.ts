/** Saving an extraction result from any extension context: the popup, the reader, the background. */
import { t } from '../i18n/t.ts'
import type { ArticleResult } from '../messaging/outcome.ts'
import { findSaved, incomingFromResult, type SaveOutcome, saveStory } from './save.ts'

/** The page address a result was read from (its `page` source). */
export function pageUrlOf(result: ArticleResult, fallback?: string | null): string | null {
  return result.sources.find((s) => s.kind === 'page')?.url ?? fallback ?? null
}

export function saveResult(result: ArticleResult, pageUrl: string): Promise<SaveOutcome> {
  return saveStory(incomingFromResult(result, pageUrl, Date.now()))
}

export async function isResultSaved(result: ArticleResult, pageUrl: string): Promise<boolean> {
  return (await findSaved(incomingFromResult(result, pageUrl, Date.now()))) !== null
}

/** What the reader is told after a save: the save button's own words (catalog/en/save.ts). */
export function saveMessage(outcome: SaveOutcome): string {
  switch (outcome.kind) {
    case 'added':
      return t('saveAnnounceAdded')
    case 'merged':
      return t('saveAnnounceMerged')
    case 'unchanged':
      return t('saveAnnounceUnchanged')
  }
}
