import type { AreaTranslation } from '../../types.ts'
import type { backgroundMessages as en } from '../en/background.ts'

/** The toolbar button's badge titles and the page's context menu (src/background/). */
export const backgroundMessages: AreaTranslation<typeof en> = {
  badgeCopyText: 'Kopie',
  menuOpenReader: 'In Leseansicht öffnen',
  menuCopyOriginalLink: 'Link zum Original kopieren',
  menuSaveStory: 'Zur Leseliste hinzufügen',
  badgeCopyTitle:
    'Upstream: Diese Seite ist ein Nachdruck des Artikels eines anderen Herausgebers. Klicken, um ihn zu lesen und das Original zu finden.',
  badgeNoLink: 'Upstream: Auf dieser Seite gibt es keinen Link zum Kopieren',
  badgeCopied: 'Upstream: {url} kopiert',
  badgeCopyFailed:
    'Upstream konnte auf dieser Seite nicht kopieren. Öffnen Sie das Pop-up von Upstream und verwenden Sie „Link kopieren“.',
  badgeNothingToSave: 'Upstream: Auf dieser Seite gibt es keinen Artikel zum Speichern',
  badgeSaved: 'Upstream: {message}',
  badgeSaveFailed: 'Upstream: Nicht gespeichert. {problem}',
}
