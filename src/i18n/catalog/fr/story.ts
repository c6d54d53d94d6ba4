import type { AreaTranslation } from '../../types.ts'
import type { storyMessages as en } from '../en/story.ts'

/** The story view (headline, byline, date, reading time) and the detection signals. */
export const storyMessages: AreaTranslation<typeof en> = {
  storyUntitled: 'Article sans titre',
  storyByline: 'Par {names}',
  storyReadingTime: '{duration} de lecture',
  signalAttribution: 'Mention de la source',
  signalCanonical: 'Lien canonique',
  signalOgUrl: 'Adresse de partage social',
  signalJsonLd: 'Données structurées',
  signalTemplate: 'Modèle d’agrégateur connu',
  signalRepeatedMenus: 'Menus répétés',
  signalOriginalPublisher: 'Page de l’éditeur d’origine',
  signalNoArticle: 'Pas d’article unique',
  signalPointsTo: '{field} pointe vers {host}',
  signalNames: '{field} indique {name}',
  signalTemplateRepublishes: '{name} republie les articles d’autres éditeurs',
  signalTemplateName: 'Modèle {name}',
  signalRepeatedBlocks:
    '{blocks} blocs de navigation ou de recherche répétés jusqu’à {copies} fois',
}
