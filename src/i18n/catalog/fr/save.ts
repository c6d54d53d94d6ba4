import type { AreaTranslation } from '../../types.ts'
import type { saveMessages as en } from '../en/save.ts'

/** Saving a story to the reading list (src/shared-ui/save-button.tsx). */
export const saveMessages: AreaTranslation<typeof en> = {
  saveAction: 'Enregistrer',
  saveSaving: 'Enregistrement…',
  saveDone: 'Enregistré ✓',
  saveAlready: 'Déjà enregistré',
  saveOpenList: 'Liste de lecture',
  saveAnnounceAdded: 'Enregistré dans votre liste de lecture, lisible hors connexion.',
  saveAnnounceMerged: 'Déjà enregistré : le lien de cette copie a été ajouté au même article.',
  saveAnnounceUnchanged: 'Déjà dans votre liste de lecture.',
  saveFailed: 'Non enregistré. Réessayez ; si votre disque est plein, libérez d’abord de l’espace.',
}
