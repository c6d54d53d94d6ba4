import type { AreaTranslation } from '../../types.ts'
import type { sourceMessages as en } from '../en/source.ts'

/** Where a story comes from: the popup's source line and its details. */
export const sourceMessages: AreaTranslation<typeof en> = {
  sourceRegion: 'Herkunft dieses Artikels',
  sourceRepublishedCopy: 'Nachdruck',
  sourceExcerpt: 'Auszug',
  sourceOriginal: 'Original:',
  sourcePublisherShort: 'Herausgeber:',
  sourceOriginalUnknown: 'Die Seite nennt das Original nicht.',
  sourceFrom: 'Von',
  sourceDetails: 'Details',
  sourceLessDetails: 'Details ausblenden',
  sourcePublisher: 'Herausgeber:',
  sourceCanonical: 'Kanonische Seite:',
  sourceThisCopy: 'Diese Kopie:',
  sourceThisPage: 'Diese Seite:',
  sourceWhyCopy: 'Warum Upstream diese Seite für einen Nachdruck hält (Sicherheit {confidence}):',
  sourceWhatChecked: 'Was Upstream auf dieser Seite geprüft hat:',
}
