import type { AreaTranslation } from '../../types.ts'
import type { manifestMessages as en } from '../en/manifest.ts'

/** What the browser shows for the extension itself: store name, toolbar title, shortcuts. */
export const manifestMessages: AreaTranslation<typeof en> = {
  extName: 'Upstream',
  extDescription:
    'Un mode lecture épuré pour les pages des agrégateurs d’actualités, avec un lien vers l’éditeur d’origine de l’article.',
  actionTitle: 'Upstream : lire cet article',
  commandToggleReader: 'Ouvrir ou fermer le mode lecture dans l’onglet actif',
  commandSaveStory: 'Enregistrer l’article de l’onglet actif dans la liste de lecture',
}
