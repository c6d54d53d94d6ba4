/** The page context menu: "Open in reader", "Copy original link", "Save to reading list". */
import browser, { type Menus } from 'webextension-polyfill'
import { type PlainKey, t } from '../i18n/t.ts'
import { copyOriginalLink, openReaderFor, resolveTab, saveTab } from './tab-actions.ts'

const MENU_IDS = ['open-reader', 'copy-original-link', 'save-story'] as const
type MenuId = (typeof MENU_IDS)[number]

const TITLES: Record<MenuId, PlainKey> = {
  'open-reader': 'menuOpenReader',
  'copy-original-link': 'menuCopyOriginalLink',
  'save-story': 'menuSaveStory',
}

function isMenuId(value: unknown): value is MenuId {
  return (MENU_IDS as readonly unknown[]).includes(value)
}

/**
 * Menus persist across worker restarts but not across updates in every browser, so they are
 * rebuilt on install/update and at browser start-up; removeAll first avoids duplicate-id errors.
 */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll()
  for (const id of MENU_IDS) {
    browser.contextMenus.create({
      id,
      title: t(TITLES[id]),
      contexts: ['page', 'selection'],
      // Only where reading can work at all: not on the browser's own pages.
      documentUrlPatterns: ['http://*/*', 'https://*/*', 'file:///*'],
    })
  }
}

export async function onContextMenuClick(
  info: Menus.OnClickData,
  clicked: Parameters<typeof resolveTab>[0],
): Promise<void> {
  if (!isMenuId(info.menuItemId)) return
  const tab = await resolveTab(clicked)
  if (!tab) return
  if (info.menuItemId === 'open-reader') await openReaderFor(tab)
  else if (info.menuItemId === 'save-story') await saveTab(tab)
  else await copyOriginalLink(tab)
}
