import type { AreaTranslation } from '../../types.ts'
import type { libraryMessages as en } from '../en/library.ts'

/**
 * The reading-list library's messages. Every format name below is a feminine noun ending in
 * „-Datei“, so that „Diese {format}“ and „dieser {format}“ agree whatever the format.
 */
export const libraryMessages: AreaTranslation<typeof en> = {
  libraryFullSave:
    'Kein Platz mehr, um diesen Artikel zu speichern: Der Browser-Speicher für Upstream ist voll. Alles bisher Gespeicherte bleibt erhalten; löschen oder exportieren Sie Artikel, um Platz zu schaffen.',
  libraryFullChange:
    'Kein Platz mehr, um diesen Artikel zu ändern: Der Browser-Speicher für Upstream ist voll. Alles bisher Gespeicherte bleibt erhalten; löschen oder exportieren Sie Artikel, um Platz zu schaffen.',
  libraryFullDelete:
    'Kein Platz mehr, um diesen Artikel zu löschen: Der Browser-Speicher für Upstream ist voll. Alles bisher Gespeicherte bleibt erhalten; löschen oder exportieren Sie Artikel, um Platz zu schaffen.',
  libraryFullRestore:
    'Kein Platz mehr, um diesen Artikel wiederherzustellen: Der Browser-Speicher für Upstream ist voll. Alles bisher Gespeicherte bleibt erhalten; löschen oder exportieren Sie Artikel, um Platz zu schaffen.',
  libraryFullImport:
    'Kein Platz mehr, um diese Artikel zu importieren: Der Browser-Speicher für Upstream ist voll. Alles bisher Gespeicherte bleibt erhalten; löschen oder exportieren Sie Artikel, um Platz zu schaffen.',
  libraryNotInList: 'Dieser Artikel ist nicht mehr in der Leseliste.',

  importFormatUpstreamJson: 'Upstream-JSON-Datei',
  importFormatPocketHtml: 'Pocket-HTML-Exportdatei',
  importFormatPocketCsv: 'Pocket-CSV-Datei',
  importFormatInstapaperCsv: 'Instapaper-CSV-Datei',
  importFormatWallabagJson: 'Wallabag-JSON-Exportdatei',

  importFileTooLarge:
    'Diese Datei ist etwa {size} MB groß; Dateien über {max} MB können nicht importiert werden.',
  importFileEmpty: 'Diese Datei ist leer.',
  importSupported:
    'Upstream kann den eigenen JSON-Export, Pocket (HTML oder CSV), Instapaper-CSV und Wallabag-JSON importieren.',
  importJsonInvalid: 'Diese Datei sieht wie JSON aus, ist aber kein gültiges JSON.',
  importJsonEmptyList: 'Diese JSON-Datei ist eine leere Liste: Es gibt nichts zu importieren.',
  importJsonNotWallabag:
    'Diese JSON-Datei ist eine Liste, aber ihr erster Eintrag ist kein Wallabag-Eintrag (kein „url“ mit „is_archived“ oder „created_at“).',
  importJsonUnknownFormat: 'Diese JSON-Datei hat ein Format, das Upstream nicht kennt („{name}“).',
  importJsonUnknown: 'Diese JSON-Datei ist keine Leseliste, die Upstream erkennt.',
  importHtmlNotPocket:
    'Diese HTML-Datei ist kein Pocket-Export: Sie enthält keine Links mit „time_added“ und keine „Unread“-Liste.',
  importCsvUnknown:
    'Die Spalten dieser CSV-Datei ({columns}) entsprechen weder denen von Pocket (title,url,time_added,tags,status) noch denen von Instapaper (URL,Title,Selection,Folder,Timestamp).',
  importUnknownFile: 'Diese Datei hat kein Format, das Upstream erkennt.',

  importUnreadable: 'Diese {format} konnte nicht gelesen werden.',
  importNotObject: 'Der Inhalt dieser {format} ist kein Objekt.',
  importNewerVersion:
    'Diese {format} hat die Formatversion {version} und stammt von einer neueren Upstream-Version; aktualisieren Sie Upstream, um sie zu importieren.',
  importEmpty: 'Diese {format} ist leer.',
  importNoColumn: 'Diese {format} hat keine Spalte „{column}“.',
  importTooManyRows_one:
    'Diese {format} hat {count} Zeile; höchstens {max} können importiert werden.',
  importTooManyRows_other:
    'Diese {format} hat {count} Zeilen; höchstens {max} können importiert werden.',
  importTooManyItems_one:
    'Diese {format} hat {count} Element; höchstens {max} können importiert werden.',
  importTooManyItems_other:
    'Diese {format} hat {count} Elemente; höchstens {max} können importiert werden.',
  importTooManyEntries_one:
    'Diese {format} hat {count} Eintrag; höchstens {max} können importiert werden.',
  importTooManyEntries_other:
    'Diese {format} hat {count} Einträge; höchstens {max} können importiert werden.',
  importTooManyLinks_one: 'Diese {format} enthält mehr als {count} Link.',
  importTooManyLinks_other: 'Diese {format} enthält mehr als {count} Links.',
  importQuoteInRow:
    'Zeile {row} dieser {format} enthält ein Feld in Anführungszeichen, das nicht richtig geschlossen ist.',
  importQuoteInLine:
    'Eine Zeile dieser {format} enthält ein Feld in Anführungszeichen, das nicht richtig geschlossen ist.',
  importFieldCount_one:
    'Zeile {row} dieser {format} hat {count} Feld, die Kopfzeile aber {header}; möglicherweise enthält die Datei ein Komma außerhalb von Anführungszeichen.',
  importFieldCount_other:
    'Zeile {row} dieser {format} hat {count} Felder, die Kopfzeile aber {header}; möglicherweise enthält die Datei ein Komma außerhalb von Anführungszeichen.',
  importLinkUnreadable: 'Link {number} dieser {format} konnte nicht gelesen werden.',

  importRowOf: 'Zeile {number} dieser {format}',
  importLinkOf: 'Link {number} dieser {format}',
  importEntryOf: 'Eintrag {number} dieser {format}',
  importItemOf: 'Element {number} dieser {format}',
  importThisFile: 'Diese {format}',
  importIssueInField: '{subject}: „{field}“ {problem}.',
  importIssue: '{subject} {problem}.',
  importProblemMissing: 'fehlt',
  importProblemType: 'sollte {expected} sein',
  importProblemOneOf: 'sollte einer dieser Werte sein: {values}',
  importProblemWrongKind: 'hat einen Wert vom falschen Typ',
  importProblemTooBig: 'ist zu groß (höchstens {max})',
  importProblemTooSmall: 'ist zu klein (mindestens {min})',
  importProblemFormat: 'hat kein gültiges Format ({format})',
  importProblemInvalid: 'ist ungültig',
  importProblemUnixTime: 'sollte eine Unix-Zeit in Sekunden sein',
  importTypeText: 'Text',
  importTypeNumber: 'eine Zahl',
  importTypeWholeNumber: 'eine ganze Zahl',
  importTypeBoolean: 'true oder false',
  importTypeList: 'eine Liste',
  importTypeObject: 'ein Objekt',
  importTypeNull: 'null',
}
