import type { AreaTranslation } from '../../types.ts'
import type { sourceMessages as en } from '../en/source.ts'

/**
 * Where a story comes from: the popup's source line and its details, and the source box above the
 * story in the reader tab and the in-page reader (src/shared-ui/source-links.tsx).
 */
export const sourceMessages: AreaTranslation<typeof en> = {
  sourceRegion: 'De dónde procede este artículo',
  sourceRepublishedCopy: 'Copia republicada',
  sourceExcerpt: 'Extracto',
  sourceOriginal: 'Original:',
  sourcePublisherShort: 'Medio:',
  sourceOriginalUnknown: 'La página no indica cuál es el original.',
  sourceFrom: 'De',
  sourceDetails: 'Detalles',
  sourceLessDetails: 'Ocultar detalles',
  sourcePublisher: 'Medio:',
  sourceCanonical: 'Página canónica:',
  sourceThisCopy: 'Esta copia:',
  sourceThisPage: 'Esta página:',
  sourceWhyCopy:
    'Por qué Upstream considera que es una copia republicada (confianza: {confidence}):',
  sourceWhatChecked: 'Qué comprobó Upstream en esta página:',
  // The reader's source box.
  sourceCopiesElsewhere: 'Esta página copia un artículo que se publicó primero en otro sitio.',
  sourceOriginallyBy: 'Publicado originalmente por {name}',
  sourceRepublishedAt: 'Republicado en:',
  sourceWhyMarked: 'Por qué se marca como copia republicada',
  sourceWhatCheckedSummary: 'Qué comprobó Upstream en esta página',
  sourceConfidence: 'Confianza: {percent}',
  sourceSignal: '{signal}:',
  sourcePrintedAddress: '({url})',
}
