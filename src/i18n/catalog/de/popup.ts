import type { AreaTranslation } from '../../types.ts'
import type { popupMessages as en } from '../en/popup.ts'

/** The toolbar popup: its bar, views and story actions. */
export const popupMessages: AreaTranslation<typeof en> = {
  popupViews: 'Ansichten',
  popupThisPage: 'Diese Seite',
  popupReadingList: 'Leseliste',
  popupLoadingList: 'Wird geladen…',
  popupOpenFullList: 'Vollständige Leseliste öffnen',
  popupStoryActions: 'Artikelaktionen',
  popupOpenReader: 'Leseansicht',
  popupReadOriginal: 'Original lesen',
  popupOpenedReader: 'Leseansicht geöffnet.',
  popupCopyLink: 'Link kopieren',
  popupCopyLinkLong: 'Link zum Original kopieren',
  popupCopiedLink: '{url} kopiert',
  popupNoLink: 'Diese Seite nennt keinen Link zum Kopieren.',
  popupCopyMarkdown: 'Als Markdown kopieren',
  popupCopiedMarkdown: 'Artikel als Markdown kopiert.',
  popupCopyFailed:
    'Kopieren nicht möglich. Der Browser hat den Zugriff auf die Zwischenablage verweigert; versuchen Sie es erneut.',
  popupMore: 'Mehr',
  popupAlwaysOpen: '{site} immer in der Leseansicht öffnen',
  popupAlwaysOpenOn: '{site} wird in der Leseansicht geöffnet: ändern',
  popupAlwaysOpenFailed:
    'Der Browser hat Upstream nicht um Zugriff auf {site} bitten lassen. Fügen Sie die Website stattdessen in den Einstellungen von Upstream hinzu.',
  popupSettings: 'Upstream-Einstellungen',
}
