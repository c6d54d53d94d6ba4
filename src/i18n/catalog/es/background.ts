import type { AreaTranslation } from '../../types.ts'
import type { backgroundMessages as en } from '../en/background.ts'

/** The toolbar button's badge titles and the page's context menu (src/background/). */
export const backgroundMessages: AreaTranslation<typeof en> = {
  badgeCopyText: 'copia',
  menuOpenReader: 'Abrir en vista de lectura',
  menuCopyOriginalLink: 'Copiar enlace del original',
  menuSaveStory: 'Guardar en la lista de lectura',
  badgeCopyTitle:
    'Upstream: esta página republica un artículo de otro medio. Haz clic para leerlo y encontrar el original.',
  badgeNoLink: 'Upstream: no hay ningún enlace que copiar en esta página',
  badgeCopied: 'Upstream: se copió {url}',
  badgeCopyFailed:
    'Upstream no pudo copiar en esta página. Abre su ventana emergente y usa «Copiar enlace».',
  badgeNothingToSave: 'Upstream: no hay ningún artículo que guardar en esta página',
  badgeSaved: 'Upstream: {message}',
  badgeSaveFailed: 'Upstream: no se guardó. {problem}',
}
