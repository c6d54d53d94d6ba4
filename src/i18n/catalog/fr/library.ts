import type { AreaTranslation } from '../../types.ts'
import type { libraryMessages as en } from '../en/library.ts'

/**
 * What the reading-list library (src/library/) tells the user: a write that found the disk full,
 * a story that is gone, and why an import file was refused (import/*.ts), naming the row or item
 * and the field.
 */
export const libraryMessages: AreaTranslation<typeof en> = {
  libraryFullSave:
    'Plus de place pour enregistrer cet article : l’espace de stockage du navigateur réservé à Upstream est plein. Tout ce qui a été enregistré auparavant est conservé ; supprimez ou exportez des articles pour libérer de la place.',
  libraryFullChange:
    'Plus de place pour modifier cet article : l’espace de stockage du navigateur réservé à Upstream est plein. Tout ce qui a été enregistré auparavant est conservé ; supprimez ou exportez des articles pour libérer de la place.',
  libraryFullDelete:
    'Plus de place pour supprimer cet article : l’espace de stockage du navigateur réservé à Upstream est plein. Tout ce qui a été enregistré auparavant est conservé ; supprimez ou exportez des articles pour libérer de la place.',
  libraryFullRestore:
    'Plus de place pour restaurer cet article : l’espace de stockage du navigateur réservé à Upstream est plein. Tout ce qui a été enregistré auparavant est conservé ; supprimez ou exportez des articles pour libérer de la place.',
  libraryFullImport:
    'Plus de place pour importer ces articles : l’espace de stockage du navigateur réservé à Upstream est plein. Tout ce qui a été enregistré auparavant est conservé ; supprimez ou exportez des articles pour libérer de la place.',
  libraryNotInList: 'Cet article ne figure plus dans la liste de lecture.',

  // Format names all start with "fichier" (masculine), so "ce {format}" agrees.
  importFormatUpstreamJson: 'fichier JSON Upstream',
  importFormatPocketHtml: 'fichier d’export HTML Pocket',
  importFormatPocketCsv: 'fichier CSV Pocket',
  importFormatInstapaperCsv: 'fichier CSV Instapaper',
  importFormatWallabagJson: 'fichier d’export JSON Wallabag',

  importFileTooLarge:
    'Ce fichier fait environ {size} Mo ; les fichiers de plus de {max} Mo ne peuvent pas être importés.',
  importFileEmpty: 'Ce fichier est vide.',
  importSupported:
    'Upstream peut importer son propre export JSON, Pocket (HTML ou CSV), Instapaper (CSV) et Wallabag (JSON).',
  importJsonInvalid: 'Ce fichier ressemble à du JSON, mais ce n’est pas du JSON valide.',
  importJsonEmptyList: 'Ce fichier JSON est une liste vide : il n’y a rien à importer.',
  importJsonNotWallabag:
    'Ce fichier JSON est une liste, mais sa première entrée n’est pas une entrée Wallabag (pas de « url » avec « is_archived » ou « created_at »).',
  importJsonUnknownFormat:
    'Ce fichier JSON est dans un format qu’Upstream ne connaît pas (« {name} »).',
  importJsonUnknown: 'Ce fichier JSON n’est pas une liste de lecture reconnue par Upstream.',
  importHtmlNotPocket:
    'Ce fichier HTML n’est pas un export Pocket : il ne contient aucun lien avec « time_added » ni de liste « Unread ».',
  importCsvUnknown:
    'Les colonnes de ce fichier CSV ({columns}) ne sont ni celles de Pocket (title,url,time_added,tags,status) ni celles d’Instapaper (URL,Title,Selection,Folder,Timestamp).',
  importUnknownFile: 'Ce fichier n’est pas dans un format reconnu par Upstream.',

  importUnreadable: 'Impossible de lire ce {format}.',
  importNotObject: 'Ce {format} n’est pas un objet.',
  importNewerVersion:
    'Ce {format} est au format version {version}, écrit par une version plus récente d’Upstream ; mettez Upstream à jour pour l’importer.',
  importEmpty: 'Ce {format} est vide.',
  importNoColumn: 'Ce {format} n’a pas de colonne « {column} ».',
  importTooManyRows_one: 'Ce {format} compte {count} ligne ; l’import est limité à {max}.',
  importTooManyRows_other: 'Ce {format} compte {count} lignes ; l’import est limité à {max}.',
  importTooManyItems_one: 'Ce {format} compte {count} élément ; l’import est limité à {max}.',
  importTooManyItems_other: 'Ce {format} compte {count} éléments ; l’import est limité à {max}.',
  importTooManyEntries_one: 'Ce {format} compte {count} entrée ; l’import est limité à {max}.',
  importTooManyEntries_other: 'Ce {format} compte {count} entrées ; l’import est limité à {max}.',
  importTooManyLinks_one: 'Ce {format} contient plus de {count} lien.',
  importTooManyLinks_other: 'Ce {format} contient plus de {count} liens.',
  importQuoteInRow:
    'La ligne {row} de ce {format} contient un champ entre guillemets qui n’est pas correctement fermé.',
  importQuoteInLine:
    'Une ligne de ce {format} contient un champ entre guillemets qui n’est pas correctement fermé.',
  importFieldCount_one:
    'La ligne {row} de ce {format} compte {count} champ alors que l’en-tête en compte {header} ; le fichier contient peut-être une virgule hors guillemets.',
  importFieldCount_other:
    'La ligne {row} de ce {format} compte {count} champs alors que l’en-tête en compte {header} ; le fichier contient peut-être une virgule hors guillemets.',
  importLinkUnreadable: 'Impossible de lire le lien {number} de ce {format}.',

  // "{subject} : le champ « {field} » {problem}." Problems are worded so they agree with any
  // subject (ligne, lien, entrée, élément, fichier) and with "le champ".
  importRowOf: 'Ligne {number} de ce {format}',
  importLinkOf: 'Lien {number} de ce {format}',
  importEntryOf: 'Entrée {number} de ce {format}',
  importItemOf: 'Élément {number} de ce {format}',
  importThisFile: 'Ce {format}',
  importIssueInField: '{subject} : le champ « {field} » {problem}.',
  importIssue: '{subject} {problem}.',
  importProblemMissing: 'manque',
  importProblemType: 'devrait être {expected}',
  importProblemOneOf: 'devrait prendre l’une des valeurs {values}',
  importProblemWrongKind: 'a une valeur d’un type inattendu',
  importProblemTooBig: 'dépasse le maximum ({max})',
  importProblemTooSmall: 'n’atteint pas le minimum ({min})',
  importProblemFormat: 'n’a pas le format attendu ({format})',
  importProblemInvalid: 'n’est pas valide',
  importProblemUnixTime: 'devrait être un horodatage Unix en secondes',
  importTypeText: 'du texte',
  importTypeNumber: 'un nombre',
  importTypeWholeNumber: 'un nombre entier',
  importTypeBoolean: 'true ou false',
  importTypeList: 'une liste',
  importTypeObject: 'un objet',
  importTypeNull: 'null',
}
