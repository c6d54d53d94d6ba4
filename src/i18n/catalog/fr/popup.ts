import type { AreaTranslation } from '../../types.ts'
import type { popupMessages as en } from '../en/popup.ts'

/** The toolbar popup: its bar, views and story actions. */
export const popupMessages: AreaTranslation<typeof en> = {
  popupViews: 'Vues',
  popupThisPage: 'Cette page',
  popupReadingList: 'Liste de lecture',
  popupLoadingList: 'Chargement…',
  popupOpenFullList: 'Ouvrir la liste de lecture complète',
  popupStoryActions: 'Actions sur l’article',
  popupOpenReader: 'Mode lecture',
  popupReadOriginal: 'Lire l’original',
  popupOpenedReader: 'Mode lecture ouvert.',
  popupCopyLink: 'Copier le lien',
  popupCopyLinkLong: 'Copier le lien de l’original',
  popupCopiedLink: 'Lien copié : {url}',
  popupNoLink: 'Cette page n’indique aucun lien à copier.',
  popupCopyMarkdown: 'Copier en Markdown',
  popupCopiedMarkdown: 'Article copié en Markdown.',
  popupCopyFailed:
    'Copie impossible : votre navigateur a refusé l’accès au presse-papiers. Réessayez.',
  popupMore: 'Plus',
  popupAlwaysOpen: 'Toujours ouvrir {site} en mode lecture',
  popupAlwaysOpenOn: '{site} s’ouvre en mode lecture : modifier',
  popupAlwaysOpenFailed:
    'Votre navigateur n’a pas permis à Upstream de demander l’accès à {site}. Ajoutez plutôt le site dans les paramètres d’Upstream.',
  popupSettings: 'Paramètres d’Upstream',
}
