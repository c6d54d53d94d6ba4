import type { AreaTranslation } from '../../types.ts'
import type { libraryMessages as en } from '../en/library.ts'

/**
 * What the reading-list library (src/library/) tells the user: a write that found the disk full,
 * a story that is gone, and why an import file was refused (import/*.ts), naming the row or item
 * and the field.
 *
 * The format names are all masculine ("archivo", "CSV") so that "Este {format}" and
 * "de este {format}" agree with every one of them; the problems ("{subject} {problem}") are
 * worded so they agree with any subject ("Fila 3…", "Enlace 3…").
 */
export const libraryMessages: AreaTranslation<typeof en> = {
  libraryFullSave:
    'No queda espacio para guardar este artículo: el almacenamiento del navegador para Upstream está lleno. Todo lo guardado antes se conserva; elimina o exporta artículos para liberar espacio.',
  libraryFullChange:
    'No queda espacio para modificar este artículo: el almacenamiento del navegador para Upstream está lleno. Todo lo guardado antes se conserva; elimina o exporta artículos para liberar espacio.',
  libraryFullDelete:
    'No queda espacio para eliminar este artículo: el almacenamiento del navegador para Upstream está lleno. Todo lo guardado antes se conserva; elimina o exporta artículos para liberar espacio.',
  libraryFullRestore:
    'No queda espacio para restaurar este artículo: el almacenamiento del navegador para Upstream está lleno. Todo lo guardado antes se conserva; elimina o exporta artículos para liberar espacio.',
  libraryFullImport:
    'No queda espacio para importar estos artículos: el almacenamiento del navegador para Upstream está lleno. Todo lo guardado antes se conserva; elimina o exporta artículos para liberar espacio.',
  libraryNotInList: 'Este artículo ya no está en la lista de lectura.',

  // The files an import reads, as the messages below name them ("este {format}").
  importFormatUpstreamJson: 'archivo JSON de Upstream',
  importFormatPocketHtml: 'archivo HTML exportado de Pocket',
  importFormatPocketCsv: 'CSV de Pocket',
  importFormatInstapaperCsv: 'CSV de Instapaper',
  importFormatWallabagJson: 'archivo JSON exportado de Wallabag',

  // The whole file (import/index.ts, sniff.ts).
  importFileTooLarge:
    'Este archivo ocupa unos {size} MB; no se pueden importar archivos de más de {max} MB.',
  importFileEmpty: 'Este archivo está vacío.',
  importSupported:
    'Upstream puede importar su propia exportación JSON, exportaciones de Pocket (HTML o CSV), archivos CSV de Instapaper y exportaciones JSON de Wallabag.',
  importJsonInvalid: 'Este archivo parece JSON, pero no es JSON válido.',
  importJsonEmptyList: 'Este archivo JSON es una lista vacía: no hay nada que importar.',
  importJsonNotWallabag:
    'Este archivo JSON es una lista, pero su primera entrada no es una entrada de Wallabag (no tiene «url» con «is_archived» o «created_at»).',
  importJsonUnknownFormat: 'Este archivo JSON tiene un formato que Upstream no conoce («{name}»).',
  importJsonUnknown: 'Este archivo JSON no es una lista de lectura que Upstream reconozca.',
  importHtmlNotPocket:
    'Este archivo HTML no es una exportación de Pocket: no tiene enlaces con «time_added» ni una lista «Unread».',
  importCsvUnknown:
    'Las columnas de este archivo CSV ({columns}) no son las de Pocket (title,url,time_added,tags,status) ni las de Instapaper (URL,Title,Selection,Folder,Timestamp).',
  importUnknownFile: 'Este archivo no tiene un formato que Upstream reconozca.',

  // One format's file (csv.ts and the parsers).
  importUnreadable: 'No se pudo leer este {format}.',
  importNotObject: 'Este {format} no es un objeto.',
  importNewerVersion:
    'Este {format} tiene la versión de formato {version}, creada por una versión más reciente de Upstream; actualiza Upstream para importarlo.',
  importEmpty: 'Este {format} está vacío.',
  importNoColumn: 'Este {format} no tiene la columna «{column}».',
  importTooManyRows_one: 'Este {format} tiene {count} fila; se pueden importar {max} como máximo.',
  importTooManyRows_other:
    'Este {format} tiene {count} filas; se pueden importar {max} como máximo.',
  importTooManyItems_one:
    'Este {format} tiene {count} elemento; se pueden importar {max} como máximo.',
  importTooManyItems_other:
    'Este {format} tiene {count} elementos; se pueden importar {max} como máximo.',
  importTooManyEntries_one:
    'Este {format} tiene {count} entrada; se pueden importar {max} como máximo.',
  importTooManyEntries_other:
    'Este {format} tiene {count} entradas; se pueden importar {max} como máximo.',
  importTooManyLinks_one: 'Este {format} tiene más de {count} enlace.',
  importTooManyLinks_other: 'Este {format} tiene más de {count} enlaces.',
  importQuoteInRow:
    'La fila {row} de este {format} tiene un campo entre comillas que no se cierra correctamente.',
  importQuoteInLine:
    'Una línea de este {format} tiene un campo entre comillas que no se cierra correctamente.',
  importFieldCount_one:
    'La fila {row} de este {format} tiene {count} campo, pero el encabezado tiene {header}; puede que el archivo tenga una coma fuera de comillas.',
  importFieldCount_other:
    'La fila {row} de este {format} tiene {count} campos, pero el encabezado tiene {header}; puede que el archivo tenga una coma fuera de comillas.',
  importLinkUnreadable: 'No se pudo leer el enlace {number} de este {format}.',

  // A field that failed its check (issues.ts): "{subject}: el campo «{field}» {problem}."
  importRowOf: 'Fila {number} de este {format}',
  importLinkOf: 'Enlace {number} de este {format}',
  importEntryOf: 'Entrada {number} de este {format}',
  importItemOf: 'Elemento {number} de este {format}',
  importThisFile: 'Este {format}',
  importIssueInField: '{subject}: el campo «{field}» {problem}.',
  importIssue: '{subject} {problem}.',
  importProblemMissing: 'no aparece',
  importProblemType: 'debe ser {expected}',
  importProblemOneOf: 'debe ser uno de estos valores: {values}',
  importProblemWrongKind: 'tiene un valor de tipo incorrecto',
  importProblemTooBig: 'supera el máximo ({max})',
  importProblemTooSmall: 'no llega al mínimo ({min})',
  importProblemFormat: 'no tiene un formato {format} válido',
  importProblemInvalid: 'tiene un valor no válido',
  importProblemUnixTime: 'debe ser una marca de tiempo Unix en segundos',
  importTypeText: 'texto',
  importTypeNumber: 'un número',
  importTypeWholeNumber: 'un número entero',
  importTypeBoolean: 'true o false',
  importTypeList: 'una lista',
  importTypeObject: 'un objeto',
  importTypeNull: 'null',
}
