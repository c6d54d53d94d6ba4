import type { AreaTranslation } from '../../types.ts'
import type { sourceMessages as en } from '../en/source.ts'

/**
 * Where a story comes from: the popup's source line and its details, and the source box above the
 * story in the reader tab and the in-page reader. A republished copy is a „Nachdruck“.
 */
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
  // The reader's source box.
  sourceCopiesElsewhere: 'Diese Seite übernimmt einen Artikel, der zuerst anderswo erschienen ist.',
  sourceOriginallyBy: 'Ursprünglich erschienen bei {name}',
  sourceRepublishedAt: 'Nachgedruckt bei:',
  sourceWhyMarked: 'Warum dies als Nachdruck gekennzeichnet ist',
  sourceWhatCheckedSummary: 'Was Upstream auf dieser Seite geprüft hat',
  sourceConfidence: 'Sicherheit: {percent}',
  sourceSignal: '{signal}:',
  sourcePrintedAddress: '({url})',
}
