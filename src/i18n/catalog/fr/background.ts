import type { AreaTranslation } from '../../types.ts'
import type { backgroundMessages as en } from '../en/background.ts'

/** The toolbar button's badge titles and the page's context menu (src/background/). */
export const backgroundMessages: AreaTranslation<typeof en> = {
  badgeCopyText: 'copie',
  menuOpenReader: 'Ouvrir en mode lecture',
  menuCopyOriginalLink: 'Copier le lien de l’original',
  menuSaveStory: 'Enregistrer dans la liste de lecture',
  badgeCopyTitle:
    'Upstream : cette page republie l’article d’un autre éditeur. Cliquez pour le lire et trouver l’original.',
  badgeNoLink: 'Upstream : aucun lien à copier sur cette page',
  badgeCopied: 'Upstream : lien copié ({url})',
  badgeCopyFailed:
    'Upstream n’a pas pu copier sur cette page. Ouvrez son panneau et utilisez « Copier le lien ».',
  badgeNothingToSave: 'Upstream : aucun article à enregistrer sur cette page',
  badgeSaved: 'Upstream : {message}',
  badgeSaveFailed: 'Upstream : non enregistré. {problem}',
}
