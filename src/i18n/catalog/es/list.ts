import type { AreaTranslation } from '../../types.ts'
import type { listMessages as en } from '../en/list.ts'

/**
 * The reading list (src/list/), full page and in the popup: filters, search, each story and its
 * actions, what an action announces, and export / import.
 */
export const listMessages: AreaTranslation<typeof en> = {
  listPageTitle: 'Lista de lectura · Upstream',
  listHeading: 'Lista de lectura',
  listLoading: 'Cargando…',
  listShowMore: 'Mostrar más',
  listFailed:
    'Se produjo un error en la lista de lectura. Vuelve a cargar la página e inténtalo de nuevo.',

  // The status filters. While a search is typed they refine it and count its matches.
  listFiltersLegend: 'Mostrar',
  listFilterUnread: 'Sin leer',
  listFilterRead: 'Leídos',
  listFilterArchived: 'Archivados',
  listFilterAll: 'Todos',
  listFilterCount: '{label} ({count})',
  listFilterCountAtLeast: '{label} ({count}+)',

  listOrder: 'Orden',
  listOrderNewest: 'Más recientes primero',
  listOrderOldest: 'Más antiguos primero',

  listSearchLabel: 'Buscar en la lista de lectura',
  listSearchPlaceholder: 'Buscar en títulos y artículos',
  listResultsAll_one: '{count} resultado en todos los artículos',
  listResultsAll_other: '{count} resultados en todos los artículos',
  listResultsUnread_one: '{count} resultado en artículos sin leer',
  listResultsUnread_other: '{count} resultados en artículos sin leer',
  listResultsRead_one: '{count} resultado en artículos leídos',
  listResultsRead_other: '{count} resultados en artículos leídos',
  listResultsArchived_one: '{count} resultado en artículos archivados',
  listResultsArchived_other: '{count} resultados en artículos archivados',
  listResultsAtLeastAll_one: 'Al menos {count} resultado en todos los artículos',
  listResultsAtLeastAll_other: 'Al menos {count} resultados en todos los artículos',
  listResultsAtLeastUnread_one: 'Al menos {count} resultado en artículos sin leer',
  listResultsAtLeastUnread_other: 'Al menos {count} resultados en artículos sin leer',
  listResultsAtLeastRead_one: 'Al menos {count} resultado en artículos leídos',
  listResultsAtLeastRead_other: 'Al menos {count} resultados en artículos leídos',
  listResultsAtLeastArchived_one: 'Al menos {count} resultado en artículos archivados',
  listResultsAtLeastArchived_other: 'Al menos {count} resultados en artículos archivados',

  // Nothing to show.
  listEmptyAll:
    'Aún no hay nada. Guarda un artículo desde la ventana emergente de Upstream, la vista de lectura o el menú contextual de la página.',
  listEmptyUnread: 'No hay artículos sin leer.',
  listEmptyRead: 'No hay artículos marcados como leídos.',
  listEmptyArchived: 'No hay artículos archivados.',
  listNoMatchAll: 'Ningún artículo guardado coincide con «{query}».',
  listNoMatchUnread: 'Ningún artículo sin leer coincide con «{query}».',
  listNoMatchRead: 'Ningún artículo leído coincide con «{query}».',
  listNoMatchArchived: 'Ningún artículo archivado coincide con «{query}».',

  // One story in the list.
  listItemSaved: 'guardado el {date}',
  listItemCopies_one: '{count} copia',
  listItemCopies_other: '{count} copias',
  listItemLinkOnly: 'solo enlace',
  listItemUnread: 'Sin leer',
  listItemRead: 'Leído',
  listItemArchived: 'Archivado',
  listMarkRead: 'Marcar como leído',
  listMarkUnread: 'Marcar como no leído',
  listArchive: 'Archivar',
  listDelete: 'Eliminar',
  listUndo: 'Deshacer',

  // What an action did (announced to screen readers too).
  listDidMarkRead: 'Se marcó «{title}» como leído.',
  listDidMarkUnread: 'Se marcó «{title}» como no leído.',
  listDidArchive: 'Se archivó «{title}».',
  listDidDelete: 'Se eliminó «{title}».',
  listDidRestore: 'Se restauró «{title}».',

  // Export and import (src/list/library-backup.tsx).
  listBackupHeading: 'Exportar e importar',
  listExportJson: 'Exportar (JSON de Upstream)',
  listExportMarkdown: 'Exportar en Markdown',
  listExportHtml: 'Exportar en HTML',
  listImport: 'Importar…',
  listImportHint:
    'Se pueden importar exportaciones de Pocket (HTML o CSV), archivos CSV de Instapaper y exportaciones JSON de Wallabag o de Upstream. Los enlaces que llegan sin su texto se conservan como enlaces.',
  listExported_one: 'Se exportó {count} artículo a {file}.',
  listExported_other: 'Se exportaron {count} artículos a {file}.',
  listImportTooLarge:
    'Este archivo es demasiado grande para ser una exportación de una lista de lectura.',
  listImportRefused: '{reason} No se importó nada; la lista no ha cambiado.',
  listImported: 'Se importó el {format}: {counts}.',
  listImportedAdded_one: '{count} añadido',
  listImportedAdded_other: '{count} añadidos',
  listImportedMerged_one: '{count} combinado con un artículo ya guardado',
  listImportedMerged_other: '{count} combinados con artículos ya guardados',
  listImportedUnchanged_one: '{count} ya estaba en la lista',
  listImportedUnchanged_other: '{count} ya estaban en la lista',
  listImportedSkipped_one: '{count} omitido (no es una dirección web)',
  listImportedSkipped_other: '{count} omitidos (no son direcciones web)',
}
