import type { AreaTranslation } from '../../types.ts'
import type { storyMessages as en } from '../en/story.ts'

/** The story view (headline, byline, date, reading time) and the detection signals. */
export const storyMessages: AreaTranslation<typeof en> = {
  storyUntitled: 'Artikel ohne Titel',
  storyByline: 'Von {names}',
  storyReadingTime: '{duration} Lesezeit',
  signalAttribution: 'Quellenangabe',
  signalCanonical: 'Kanonischer Link',
  signalOgUrl: 'Adresse der Vorschaukarte',
  signalJsonLd: 'Strukturierte Daten',
  signalTemplate: 'Bekannte Aggregator-Vorlage',
  signalRepeatedMenus: 'Wiederholte Menüs',
  signalOriginalPublisher: 'Eigene Seite des Herausgebers',
  signalNoArticle: 'Kein einzelner Artikel',
  signalPointsTo: '{field} verweist auf {host}',
  signalNames: '{field} nennt {name}',
  signalTemplateRepublishes: '{name} druckt Artikel anderer Herausgeber nach',
  signalTemplateName: '{name}',
  signalRepeatedBlocks:
    'Navigations- oder Suchblöcke: {blocks}, jeweils bis zu {copies}-mal vorhanden',
}
