import type { AreaTranslation } from '../../types.ts'
import type { saveMessages as en } from '../en/save.ts'

/** Saving a story to the reading list (src/shared-ui/save-button.tsx). */
export const saveMessages: AreaTranslation<typeof en> = {
  saveAction: 'Speichern',
  saveSaving: 'Wird gespeichert…',
  saveDone: 'Gespeichert ✓',
  saveAlready: 'Bereits gespeichert',
  saveOpenList: 'Leseliste',
  saveAnnounceAdded: 'In der Leseliste gespeichert. Der Artikel ist auch offline lesbar.',
  saveAnnounceMerged:
    'Bereits gespeichert: Der Link dieser Kopie wurde demselben Artikel hinzugefügt.',
  saveAnnounceUnchanged: 'Bereits in der Leseliste.',
  saveFailed:
    'Nicht gespeichert. Versuchen Sie es erneut; ist der Speicher voll, geben Sie zuerst Platz frei.',
}
