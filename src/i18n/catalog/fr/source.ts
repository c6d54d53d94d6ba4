import type { AreaTranslation } from '../../types.ts'
import type { sourceMessages as en } from '../en/source.ts'

/**
 * Where a story comes from: the popup's source line and its details, and the source box above the
 * story in the reader tab and the in-page reader (src/shared-ui/source-links.tsx).
 */
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
  // The reader's source box.
  sourceCopiesElsewhere: 'Cette page reprend un article publié d’abord ailleurs.',
  sourceOriginallyBy: 'Publié à l’origine par {name}',
  sourceRepublishedAt: 'Republié sur :',
  sourceWhyMarked: 'Pourquoi Upstream y voit un article republié',
  sourceWhatCheckedSummary: 'Ce qu’Upstream a vérifié sur cette page',
  sourceConfidence: 'Confiance : {percent}',
  // The label before a detection signal's finding: "Lien canonique : …".
  sourceSignal: '{signal} :',
  sourcePrintedAddress: '({url})',
}
