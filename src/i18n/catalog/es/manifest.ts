import type { AreaTranslation } from '../../types.ts'
import type { manifestMessages as en } from '../en/manifest.ts'

/** What the browser shows for the extension itself: store name, toolbar title, shortcuts. */
export const manifestMessages: AreaTranslation<typeof en> = {
  extName: 'Upstream',
  extDescription:
    'Una vista de lectura limpia para páginas de agregadores de noticias, con enlace al medio que publicó la noticia original.',
  actionTitle: 'Upstream: leer este artículo',
  commandToggleReader: 'Abrir o cerrar la vista de lectura de la pestaña actual',
  commandSaveStory: 'Guardar el artículo actual en la lista de lectura',
}
