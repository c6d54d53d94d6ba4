import type { AreaTranslation } from '../../types.ts'
import type { storyMessages as en } from '../en/story.ts'

/** The story view (headline, byline, date, reading time) and the detection signals. */
export const storyMessages: AreaTranslation<typeof en> = {
  storyUntitled: 'Artículo sin título',
  storyByline: 'Por {names}',
  storyReadingTime: '{duration} de lectura',
  signalAttribution: 'Línea de atribución',
  signalCanonical: 'Enlace canónico',
  signalOgUrl: 'Dirección de la tarjeta social',
  signalJsonLd: 'Datos estructurados',
  signalTemplate: 'Plantilla de agregador conocida',
  signalRepeatedMenus: 'Menús repetidos',
  signalOriginalPublisher: 'Página del propio medio',
  signalNoArticle: 'Sin un artículo único',
  signalPointsTo: '{field} apunta a {host}',
  signalNames: '{field} indica {name}',
  signalTemplateRepublishes: '{name} republica artículos de otros medios',
  signalTemplateName: 'Plantilla de {name}',
  signalRepeatedBlocks: '{blocks} bloques de navegación o búsqueda repetidos hasta {copies} veces',
}
