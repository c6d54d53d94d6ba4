/**
 * The background (Chrome: service worker; Firefox: event page). It may be stopped at any time,
 * so it keeps no state in globals: per-tab state lives in session storage. All listeners are
 * registered synchronously here, because MV3 only wakes the worker for listeners added during
 * its first run.
 */
import browser from 'webextension-polyfill'
import { AUTO_SETTINGS_KEY } from '../auto/files.ts'
import { listen } from '../messaging/server.ts'
import { autoModeHandlers } from './auto-handlers.ts'
import { syncAutoRegistrations } from './auto-registration.ts'
import { clearPageVerdict } from './badge.ts'
import { createContextMenus, onContextMenuClick } from './context-menus.ts'
import { backgroundHandlers } from './handlers.ts'
import { libraryHandlers } from './library-handlers.ts'
import { forgetAllOutcomes, forgetOutcome } from './outcome-store.ts'
import { turnOnGrantedPendingSites } from './pending-sites.ts'
import { forgetAllReaderTabs, forgetReaderTab } from './reader-tabs.ts'
import { tabStateIsPersistent } from './storage-area.ts'
import { resolveTab, saveTab, toggleReader } from './tab-actions.ts'
import { exposeTabActions } from './test-surface.ts'

function report(error: unknown): void {
  console.error('Upstream:', error)
}

listen({ ...backgroundHandlers, ...autoModeHandlers, ...libraryHandlers })
exposeTabActions()

function syncAutoMode(): void {
  syncAutoRegistrations().catch(report)
}

browser.runtime.onInstalled.addListener(() => {
  createContextMenus().catch(report)
  // Install and update: an update may change the content-script files registrations name.
  syncAutoMode()
})

browser.runtime.onStartup.addListener(() => {
  createContextMenus().catch(report)
  syncAutoMode()
  // Tab ids restart each session; state kept in storage.local (no storage.session) is stale.
  if (tabStateIsPersistent())
    Promise.all([forgetAllOutcomes(), forgetAllReaderTabs()]).catch(report)
})

browser.commands.onCommand.addListener((command, tab) => {
  const action =
    command === 'toggle-reader' ? toggleReader : command === 'save-story' ? saveTab : null
  if (!action) return
  resolveTab(tab)
    .then((resolved) => (resolved ? action(resolved) : undefined))
    .catch(report)
})

browser.contextMenus.onClicked.addListener((info, tab) => {
  onContextMenuClick(info, tab).catch(report)
})

// Access granted or taken back, also from the browser's own extension settings.
browser.permissions.onAdded.addListener((added) => {
  // A site asked for from the popup, whose prompt outlived the popup, is turned on now.
  turnOnGrantedPendingSites(added.origins ?? []).catch(report)
  syncAutoMode()
})
browser.permissions.onRemoved.addListener(syncAutoMode)

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && AUTO_SETTINGS_KEY in changes) syncAutoMode()
})

// The badge describes one page: a new page in the tab starts without it.
browser.tabs.onUpdated.addListener((tabId, change) => {
  // (Without host access for the tab no URL is given, so the status alone has to do.)
  if (change.status === 'loading') clearPageVerdict(tabId).catch(report)
})

browser.tabs.onRemoved.addListener((tabId) => {
  Promise.all([forgetOutcome(tabId), forgetReaderTab(tabId)]).catch(report)
})
