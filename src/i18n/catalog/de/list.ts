import type { AreaTranslation } from '../../types.ts'
import type { listMessages as en } from '../en/list.ts'

/**
 * The reading list (src/list/), full page and in the popup: filters, search, each story and its
 * actions, what an action announces, and export / import.
 */
export const listMessages: AreaTranslation<typeof en> = {
  listPageTitle: 'Leseliste · Upstream',
  listHeading: 'Leseliste',
  listLoading: 'Wird geladen…',
  listShowMore: 'Mehr anzeigen',
  listFailed:
    'Bei der Leseliste ist ein Fehler aufgetreten. Laden Sie die Seite neu und versuchen Sie es erneut.',

  listFiltersLegend: 'Anzeigen',
  listFilterUnread: 'Ungelesen',
  listFilterRead: 'Gelesen',
  listFilterArchived: 'Archiviert',
  listFilterAll: 'Alle',
  listFilterCount: '{label} ({count})',
  listFilterCountAtLeast: '{label} ({count}+)',

  listOrder: 'Reihenfolge',
  listOrderNewest: 'Neueste zuerst',
  listOrderOldest: 'Älteste zuerst',

  listSearchLabel: 'Leseliste durchsuchen',
  listSearchPlaceholder: 'Titel und Artikel durchsuchen',
  listResultsAll_one: '{count} Treffer in allen Artikeln',
  listResultsAll_other: '{count} Treffer in allen Artikeln',
  listResultsUnread_one: '{count} Treffer in ungelesenen Artikeln',
  listResultsUnread_other: '{count} Treffer in ungelesenen Artikeln',
  listResultsRead_one: '{count} Treffer in gelesenen Artikeln',
  listResultsRead_other: '{count} Treffer in gelesenen Artikeln',
  listResultsArchived_one: '{count} Treffer in archivierten Artikeln',
  listResultsArchived_other: '{count} Treffer in archivierten Artikeln',
  listResultsAtLeastAll_one: 'Mindestens {count} Treffer in allen Artikeln',
  listResultsAtLeastAll_other: 'Mindestens {count} Treffer in allen Artikeln',
  listResultsAtLeastUnread_one: 'Mindestens {count} Treffer in ungelesenen Artikeln',
  listResultsAtLeastUnread_other: 'Mindestens {count} Treffer in ungelesenen Artikeln',
  listResultsAtLeastRead_one: 'Mindestens {count} Treffer in gelesenen Artikeln',
  listResultsAtLeastRead_other: 'Mindestens {count} Treffer in gelesenen Artikeln',
  listResultsAtLeastArchived_one: 'Mindestens {count} Treffer in archivierten Artikeln',
  listResultsAtLeastArchived_other: 'Mindestens {count} Treffer in archivierten Artikeln',

  listEmptyAll:
    'Hier ist noch nichts. Artikel lassen sich über das Pop-up von Upstream, die Leseansicht oder das Kontextmenü der Seite speichern.',
  listEmptyUnread: 'Keine ungelesenen Artikel.',
  listEmptyRead: 'Keine als gelesen markierten Artikel.',
  listEmptyArchived: 'Keine archivierten Artikel.',
  listNoMatchAll: 'Kein gespeicherter Artikel passt zu „{query}“.',
  listNoMatchUnread: 'Kein ungelesener Artikel passt zu „{query}“.',
  listNoMatchRead: 'Kein gelesener Artikel passt zu „{query}“.',
  listNoMatchArchived: 'Kein archivierter Artikel passt zu „{query}“.',

  listItemSaved: 'gespeichert am {date}',
  listItemCopies_one: '{count} Kopie',
  listItemCopies_other: '{count} Kopien',
  listItemLinkOnly: 'nur Link',
  listItemUnread: 'Ungelesen',
  listItemRead: 'Gelesen',
  listItemArchived: 'Archiviert',
  listMarkRead: 'Als gelesen markieren',
  listMarkUnread: 'Als ungelesen markieren',
  listArchive: 'Archivieren',
  listDelete: 'Löschen',
  listUndo: 'Rückgängig',

  listDidMarkRead: '„{title}“ als gelesen markiert.',
  listDidMarkUnread: '„{title}“ als ungelesen markiert.',
  listDidArchive: '„{title}“ archiviert.',
  listDidDelete: '„{title}“ gelöscht.',
  listDidRestore: '„{title}“ wiederhergestellt.',

  listBackupHeading: 'Export und Import',
  listExportJson: 'Exportieren (Upstream-JSON)',
  listExportMarkdown: 'Markdown exportieren',
  listExportHtml: 'HTML exportieren',
  listImport: 'Importieren…',
  listImportHint:
    'Importieren lassen sich ein Pocket-Export (HTML oder CSV), eine Instapaper-CSV-Datei, ein Wallabag-JSON-Export oder ein Upstream-JSON-Export. Links, zu denen kein Text mitgeliefert wird, bleiben als Links erhalten.',
  listExported_one: '{count} Artikel nach {file} exportiert.',
  listExported_other: '{count} Artikel nach {file} exportiert.',
  listImportTooLarge: 'Diese Datei ist zu groß für den Export einer Leseliste.',
  listImportRefused: '{reason} Es wurde nichts importiert; die Leseliste ist unverändert.',
  listImported: '{format} importiert: {counts}.',
  listImportedAdded_one: '{count} hinzugefügt',
  listImportedAdded_other: '{count} hinzugefügt',
  listImportedMerged_one: '{count} mit einem bereits gespeicherten Artikel zusammengeführt',
  listImportedMerged_other: '{count} mit bereits gespeicherten Artikeln zusammengeführt',
  listImportedUnchanged_one: '{count} bereits vorhanden',
  listImportedUnchanged_other: '{count} bereits vorhanden',
  listImportedSkipped_one: '{count} übersprungen (keine Webadresse)',
  listImportedSkipped_other: '{count} übersprungen (keine Webadresse)',
}
