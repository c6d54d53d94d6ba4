import type { AreaTranslation } from '../../types.ts'
import type { saveMessages as en } from '../en/save.ts'

/** Saving a story to the reading list (src/shared-ui/save-button.tsx). */
export const saveMessages: AreaTranslation<typeof en> = {
  saveAction: 'Guardar',
  saveSaving: 'Guardando…',
  saveDone: 'Guardado ✓',
  saveAlready: 'Ya guardado',
  saveOpenList: 'Ver lista',
  saveAnnounceAdded: 'Se guardó en tu lista de lectura. Se puede leer sin conexión.',
  saveAnnounceMerged: 'Ya estaba guardado: el enlace de esta copia se añadió al mismo artículo.',
  saveAnnounceUnchanged: 'Ya está en tu lista de lectura.',
  saveFailed: 'No se guardó. Vuelve a intentarlo; si el disco está lleno, libera espacio primero.',
}
