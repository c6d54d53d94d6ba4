/**
 * Short feedback on the toolbar button for actions that have no page of their own (the context
 * menu's "Copy original link"): a badge for a few seconds, and the reason in the button's title.
 */
import browser from 'webextension-polyfill'

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
      action.setTitle({ tabId, title: browser.runtime.getManifest().action?.default_title ?? '' }),
    ]).catch(() => undefined)
  }, SHOW_MS)
}
