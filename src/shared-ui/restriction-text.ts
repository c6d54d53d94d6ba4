/** Plain explanations for pages Upstream may not read, one per Restriction (message keys). */
import type { PlainKey } from '../i18n/t.ts'
import type { Restriction } from '../messaging/outcome.ts'

export const RESTRICTION_TEXT: Record<Restriction, { title: PlainKey; text: PlainKey }> = {
  'browser-page': { title: 'restrictedBrowserPageTitle', text: 'restrictedBrowserPageText' },
  'extension-store': { title: 'restrictedStoreTitle', text: 'restrictedStoreText' },
  'view-source': { title: 'restrictedViewSourceTitle', text: 'restrictedViewSourceText' },
  pdf: { title: 'restrictedPdfTitle', text: 'restrictedPdfText' },
  'file-access': { title: 'restrictedFileTitle', text: 'restrictedFileText' },
  'not-web': { title: 'restrictedNotWebTitle', text: 'restrictedNotWebText' },
  unreadable: { title: 'restrictedUnreadableTitle', text: 'restrictedUnreadableText' },
  'no-permission': { title: 'restrictedNoPermissionTitle', text: 'restrictedNoPermissionText' },
}
