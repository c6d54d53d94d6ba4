import type { AreaTranslation } from '../../types.ts'
import type { sourceMessages as en } from '../en/source.ts'

/** Where a story comes from: the popup's source line and its details. */
export const sourceMessages: AreaTranslation<typeof en> = {
  sourceRegion: 'Provenance de cet article',
  sourceRepublishedCopy: 'Article republié',
  sourceExcerpt: 'Extrait',
  sourceOriginal: 'Original :',
  sourcePublisherShort: 'Éditeur :',
  sourceOriginalUnknown: 'La page ne cite pas l’original.',
  sourceFrom: 'Source :',
  sourceDetails: 'Détails',
  sourceLessDetails: 'Masquer les détails',
  sourcePublisher: 'Éditeur :',
  sourceCanonical: 'Page canonique :',
  sourceThisCopy: 'Cette copie :',
  sourceThisPage: 'Cette page :',
  sourceWhyCopy: 'Pourquoi Upstream y voit un article republié (confiance {confidence}) :',
  sourceWhatChecked: 'Ce qu’Upstream a vérifié sur cette page :',
}
