/**
 * Short feedback on the toolbar button for actions that have no page of their own (the context
 * menu's "Copy original link"): a badge for a few seconds, and the reason in the button's title.
 */
import browser from 'webextension-polyfill'
import { t } from '../i18n/t.ts'

const SHOW_MS = 4000

export async function flashBadge(
  tabId: number,
  badge: { text: string; color: string; title: string },
): Promise<void> {
  const { action } = browser
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setTitle({ tabId, title: badge.title }),
  ])
  // If the worker is stopped before this runs, the badge stays until the tab navigates, which
  // resets per-tab badge state anyway.
  setTimeout(() => {
    void Promise.all([
      action.setBadgeText({ tabId, text: '' }),
      action.setTitle({ tabId, title: t('actionTitle') }),
    ]).catch(() => undefined)
  }, SHOW_MS)
}

const COPY_BADGE = {
  text: 'badgeCopyText',
  color: '#8a4b00',
  title: 'badgeCopyTitle',
} as const

/**
 * What auto mode's content script found on the page: an aggregator copy shows a lasting badge
 * (until the tab navigates); anything else clears it.
 */
export async function showPageVerdict(tabId: number, isAggregator: boolean): Promise<void> {
  const { action } = browser
  const defaultTitle = t('actionTitle')
  await Promise.all([
    action.setBadgeText({ tabId, text: isAggregator ? t(COPY_BADGE.text) : '' }),
    action.setBadgeBackgroundColor({ tabId, color: COPY_BADGE.color }),
    action.setTitle({ tabId, title: isAggregator ? t(COPY_BADGE.title) : defaultTitle }),
  ])
}

/** A tab started loading a new page: whatever the badge said was about the old one. */
export async function clearPageVerdict(tabId: number): Promise<void> {
  await showPageVerdict(tabId, false)
}
