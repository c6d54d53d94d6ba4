/**
 * What the shortcut and the context menu do. Each runs right after the user's gesture, which
 * is what grants activeTab for the tab they act on.
 */
import browser, { type Tabs } from 'webextension-polyfill'
import { t } from '../i18n/t.ts'
import { pageUrlOf, saveMessage, saveResult } from '../library/save-result.ts'
import type { ExtractOutcome, ExtractTrigger } from '../messaging/outcome.ts'
import { bestOriginalLink } from '../shared/links.ts'
import { errorWords } from '../shared-ui/error-words.ts'
import { flashBadge } from './badge.ts'
import { copyTextInTab } from './clipboard.ts'
import { extractFromTab } from './extraction-runner.ts'
import { saveOutcome } from './outcome-store.ts'
import { closeReader, openReader, sourceOfReader } from './reader-tabs.ts'

/**
 * Extracts and stores the outcome, so the reader tab can show it later. Resolves as soon as
 * the outcome is known: the popup is not kept waiting for the write, and a reader asking for
 * the stored outcome in this worker waits for it (see saveOutcome).
 */
export async function extractAndStore(
  tabId: number,
  trigger: ExtractTrigger = 'gesture',
): Promise<ExtractOutcome> {
  const outcome = await extractFromTab(tabId, trigger)
  void saveOutcome(outcome)
  return outcome
}

/** The tab a command or menu acted on; commands may not pass one (older Firefox). */
export async function resolveTab(tab: Tabs.Tab | undefined): Promise<Tabs.Tab | null> {
  if (tab?.id !== undefined) return tab
  const [active] = await browser.tabs.query({ active: true, currentWindow: true })
  return active ?? null
}

/** Shortcut: on a page, open its reader; on a reader tab, close it and return to the page. */
export async function toggleReader(tab: Tabs.Tab): Promise<void> {
  if (tab.id === undefined) return
  const source = await sourceOfReader(tab.id)
  if (source !== null) return closeReader(tab.id, source)
  await extractAndStore(tab.id)
  // The reader shows every outcome, including "no article" and "cannot read this page", so
  // the shortcut always gives visible feedback.
  await openReader(tab)
}

export async function openReaderFor(tab: Tabs.Tab): Promise<void> {
  if (tab.id === undefined) return
  await extractAndStore(tab.id)
  await openReader(tab)
}

export async function copyOriginalLink(tab: Tabs.Tab): Promise<void> {
  if (tab.id === undefined) return
  const outcome = await extractAndStore(tab.id)
  const result = outcome.kind === 'article' || outcome.kind === 'no-article' ? outcome.result : null
  const link = result ? bestOriginalLink(result) : null
  if (!link) {
    await flashBadge(tab.id, {
      text: '!',
      color: '#b3261e',
      title: t('badgeNoLink'),
    })
    return
  }
  const copied = await copyTextInTab(tab.id, link)
  await flashBadge(
    tab.id,
    copied
      ? { text: '✓', color: '#1e6b34', title: t('badgeCopied', { url: link }) }
      : {
          text: '!',
          color: '#b3261e',
          title: t('badgeCopyFailed'),
        },
  )
}

/** Shortcut and menu "Save to reading list": read the page now (the gesture granted it), save. */
export async function saveTab(tab: Tabs.Tab): Promise<void> {
  if (tab.id === undefined) return
  const outcome = await extractAndStore(tab.id)
  const pageUrl = outcome.kind === 'article' ? pageUrlOf(outcome.result, outcome.pageUrl) : null
  if (outcome.kind !== 'article' || !pageUrl) {
    await flashBadge(tab.id, {
      text: '!',
      color: '#b3261e',
      title: t('badgeNothingToSave'),
    })
    return
  }
  try {
    const saved = await saveResult(outcome.result, pageUrl)
    await flashBadge(tab.id, {
      text: '✓',
      color: '#1e6b34',
      title: t('badgeSaved', { message: saveMessage(saved) }),
    })
  } catch (error) {
    const problem = errorWords(error, 'not saved')
    await flashBadge(tab.id, {
      text: '!',
      color: '#b3261e',
      title: t('badgeSaveFailed', { problem }),
    })
  }
}
