import type { AreaTranslation } from '../../types.ts'
import type { popupMessages as en } from '../en/popup.ts'

/** The toolbar popup: its bar, views and story actions. */
export const popupMessages: AreaTranslation<typeof en> = {
  popupViews: 'Vistas',
  popupThisPage: 'Esta página',
  popupReadingList: 'Lista de lectura',
  popupLoadingList: 'Cargando…',
  popupOpenFullList: 'Abrir la lista de lectura completa',
  popupStoryActions: 'Acciones del artículo',
  popupOpenReader: 'Vista de lectura',
  popupReadOriginal: 'Ver original',
  popupOpenedReader: 'Se abrió la vista de lectura.',
  popupCopyLink: 'Copiar enlace',
  popupCopyLinkLong: 'Copiar el enlace del original',
  popupCopiedLink: 'Copiado: {url}',
  popupNoLink: 'Esta página no indica ningún enlace que copiar.',
  popupCopyMarkdown: 'Copiar como Markdown',
  popupCopiedMarkdown: 'Se copió el artículo como Markdown.',
  popupCopyFailed:
    'No se pudo copiar: el navegador no permitió usar el portapapeles. Vuelve a intentarlo.',
  popupMore: 'Más',
  popupAlwaysOpen: 'Abrir siempre {site} en vista de lectura',
  popupAlwaysOpenOn: '{site} se abre en vista de lectura: cambiar',
  popupAlwaysOpenFailed:
    'El navegador no permitió que Upstream pidiera acceso a {site}. Añade el sitio en la página de configuración de Upstream.',
  popupSettings: 'Configuración de Upstream',
}
