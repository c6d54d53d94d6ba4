import type { AreaTranslation } from '../../types.ts'
import type { manifestMessages as en } from '../en/manifest.ts'

/** What the browser shows for the extension itself: store name, toolbar title, shortcuts. */
export const manifestMessages: AreaTranslation<typeof en> = {
  extName: 'Upstream',
  extDescription:
    'Eine aufgeräumte Leseansicht für Nachrichtenaggregatoren, mit Link zum ursprünglichen Herausgeber des Artikels.',
  actionTitle: 'Upstream: Diesen Artikel lesen',
  commandToggleReader: 'Leseansicht für den aktuellen Tab öffnen oder schließen',
  commandSaveStory: 'Aktuellen Artikel zur Leseliste hinzufügen',
}
