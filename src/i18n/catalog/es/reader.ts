import type { AreaTranslation } from '../../types.ts'
import type { readerMessages as en } from '../en/reader.ts'

/**
 * The reader tab (src/reader/), its settings (also in the in-page reader) and story actions.
 * "Reading settings" is "Opciones de lectura": shorter than "Configuración de lectura", so the
 * bar's three buttons stay on one row in a narrow window, and apart from the options page
 * ("Configuración de Upstream"). Labels of the settings panel fit its 7.5rem column.
 */
export const readerMessages: AreaTranslation<typeof en> = {
  // The page: its title and bar (reader-shell.tsx).
  readerDocumentTitle: 'Vista de lectura de Upstream',
  readerDocumentTitleStory: '{title} · Vista de lectura de Upstream',
  readerPrint: 'Imprimir',
  readerShortcuts: 'Atajos de teclado',

  // Reading settings (reader-controls.tsx).
  readerSettings: 'Opciones de lectura',
  readerTextSize: 'Tamaño de letra',
  readerTextSizeShown: '{size} px',
  readerTextSizeSpoken_one: '{count} píxel',
  readerTextSizeSpoken_other: '{count} píxeles',
  readerFont: 'Tipo de letra',
  readerFontSerif: 'Con serifa',
  readerFontSans: 'Sin serifa',
  readerLineWidth: 'Ancho de línea',
  readerWidthNarrow: 'Estrecho',
  readerWidthMedium: 'Medio',
  readerWidthWide: 'Ancho',
  readerLineSpacing: 'Interlineado',
  readerSpacingCompact: 'Compacto',
  readerSpacingNormal: 'Normal',
  readerSpacingRelaxed: 'Amplio',
  readerTheme: 'Tema',
  readerThemeSystem: 'Sistema',
  readerThemeLight: 'Claro',
  readerThemeDark: 'Oscuro',
  readerThemeSepia: 'Sepia',

  // The keyboard shortcuts dialog (shortcuts-dialog.tsx, extension-commands.ts).
  readerShortcutsInReader: 'En la vista de lectura',
  readerShortcutsShowList: 'Mostrar esta lista',
  readerShortcutsEscape: 'Cerrar las opciones de lectura o esta lista',
  readerShortcutsPrint: 'Imprimir el artículo (como el botón Imprimir)',
  readerKeyEscape: 'Esc',
  readerKeyPrint: 'Ctrl+P',
  readerKeyPrintMac: '⌘P',
  readerShortcutsAnyPage: 'Upstream, en cualquier página',
  readerShortcutsAsking: 'Consultando al navegador…',
  readerShortcutsUnknown: 'El navegador no indicó qué teclas están asignadas.',
  readerShortcutNotSet: 'sin asignar',
  readerShortcutsChange:
    'Puedes cambiarlos en la configuración del navegador para los atajos de teclado de las extensiones.',
  readerShortcutsClose: 'Cerrar',
  readerCommandPopup:
    'Abrir la ventana emergente de Upstream (el botón de la barra de herramientas)',

  // Story actions below the story (src/shared-ui/story-actions.tsx).
  readerStoryActions: 'Acciones del artículo',
  readerCopyMarkdown: 'Copiar como Markdown',
  readerCopiedMarkdown: 'Se copió el artículo como Markdown.',
  readerCopyLink: 'Copiar enlace del original',
  readerCopiedLink: 'Copiado: {url}',
  readerNoLink: 'Esta página no indica ningún enlace que copiar.',
  readerCopyFailed:
    'No se pudo copiar: el navegador no permitió usar el portapapeles. Vuelve a intentarlo.',

  // A story from the reading list (saved-reader.tsx, saved-actions.tsx, use-saved-story.ts).
  readerBackToList: 'Volver a la lista de lectura',
  readerInList: 'En tu lista de lectura',
  readerInListStatus: 'En tu lista de lectura: {status}',
  readerStatusUnread: 'Sin leer',
  readerStatusRead: 'Leído',
  readerStatusArchived: 'Archivado',
  readerMarkRead: 'Marcar como leído',
  readerMarkUnread: 'Marcar como no leído',
  readerArchive: 'Archivar',
  readerUnarchive: 'Desarchivar',
  readerDelete: 'Eliminar',
  readerDeleteLabel: 'Eliminar «{title}» de la lista de lectura',
  readerUndo: 'Deshacer',
  readerDoneUnread: 'Se marcó como no leído.',
  readerDoneRead: 'Se marcó como leído.',
  readerDoneArchived: 'Se archivó.',
  readerDoneUnarchived: 'Se sacó del archivo.',
  readerDoneDeleted: 'Se eliminó «{title}».',
  readerDoneRestored: 'Vuelve a estar en tu lista de lectura.',
  readerDeletedTitle: 'Se eliminó «{title}»',
  readerDeletedText: 'Ya no está en tu lista de lectura.',
  readerMissingTitle: 'Este artículo ya no está en tu lista de lectura',
  readerMissingText: 'Se eliminó o se vació la lista.',

  // A link imported without its text (saved-link-only.tsx).
  readerUntitledLink: 'Enlace sin título',
  readerLinkSaved: 'Guardado el {date}',
  readerLinkOnlyText:
    'Solo se importó el enlace a este artículo; todavía no se ha descargado su texto.',
  readerLinkOpen: 'Abrir la página',

  // The source tab is closed and nothing was kept (source-gone-state.tsx).
  readerGoneTitle: 'Este artículo ya no se puede mostrar aquí',
  readerGoneTooBig:
    'El artículo era demasiado grande para conservarlo en esta pestaña de lectura, y la pestaña de la que se leyó está cerrada.',
  readerGoneNoCopy:
    'La pestaña de la que se leyó está cerrada y esta pestaña de lectura no conservó ninguna copia del artículo.',
  readerGoneOpenOriginal: 'Abrir el artículo original',
  readerGoneOpenPage: 'Abrir la página de la que se leyó',
  readerGoneNoLinks: 'Vuelve a abrir la página del artículo y usa allí el botón de Upstream.',
}
