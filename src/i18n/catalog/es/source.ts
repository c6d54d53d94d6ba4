import type { AreaTranslation } from '../../types.ts'
import type { sourceMessages as en } from '../en/source.ts'

/** Where a story comes from: the popup's source line and its details. */
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
}
