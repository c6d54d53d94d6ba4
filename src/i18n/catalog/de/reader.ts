import type { AreaTranslation } from '../../types.ts'
import type { readerMessages as en } from '../en/reader.ts'

/**
 * The reader tab (src/reader/), its settings (also in the in-page reader) and story actions.
 * Key names follow a German keyboard: „Strg“, not „Ctrl“.
 */
export const readerMessages: AreaTranslation<typeof en> = {
  // The page: its title and bar.
  readerDocumentTitle: 'Upstream-Leseansicht',
  readerDocumentTitleStory: '{title} · Upstream-Leseansicht',
  readerPrint: 'Drucken',
  readerShortcuts: 'Tastenkürzel',

  // Reading settings.
  readerSettings: 'Leseeinstellungen',
  readerTextSize: 'Schriftgröße',
  readerTextSizeShown: '{size}\u00a0px',
  readerTextSizeSpoken_one: '{count} Pixel',
  readerTextSizeSpoken_other: '{count} Pixel',
  readerFont: 'Schrift',
  readerFontSerif: 'Mit Serifen',
  readerFontSans: 'Ohne Serifen',
  readerLineWidth: 'Zeilenbreite',
  readerWidthNarrow: 'Schmal',
  readerWidthMedium: 'Mittel',
  readerWidthWide: 'Breit',
  readerLineSpacing: 'Zeilenabstand',
  readerSpacingCompact: 'Eng',
  readerSpacingNormal: 'Normal',
  readerSpacingRelaxed: 'Weit',
  readerTheme: 'Farbschema',
  readerThemeSystem: 'System',
  readerThemeLight: 'Hell',
  readerThemeDark: 'Dunkel',
  readerThemeSepia: 'Sepia',

  // The keyboard shortcuts dialog.
  readerShortcutsInReader: 'In der Leseansicht',
  readerShortcutsShowList: 'Diese Liste anzeigen',
  readerShortcutsEscape: 'Leseeinstellungen oder diese Liste schließen',
  readerShortcutsPrint: 'Artikel drucken (wie die Schaltfläche „Drucken“)',
  readerKeyEscape: 'Esc',
  readerKeyPrint: 'Strg+P',
  readerKeyPrintMac: '⌘P',
  readerShortcutsAnyPage: 'Upstream, auf jeder Seite',
  readerShortcutsAsking: 'Tastenkürzel werden beim Browser abgefragt…',
  readerShortcutsUnknown: 'Der Browser hat nicht mitgeteilt, welche Tasten festgelegt sind.',
  readerShortcutNotSet: 'nicht festgelegt',
  readerShortcutsChange:
    'Diese Tastenkürzel lassen sich in den Einstellungen des Browsers für Tastenkürzel von Erweiterungen ändern.',
  readerShortcutsClose: 'Schließen',
  readerCommandPopup: 'Pop-up von Upstream öffnen (Schaltfläche in der Symbolleiste)',

  // Story actions below the story.
  readerStoryActions: 'Artikelaktionen',
  readerCopyMarkdown: 'Als Markdown kopieren',
  readerCopiedMarkdown: 'Artikel als Markdown kopiert.',
  readerCopyLink: 'Link zum Original kopieren',
  readerCopiedLink: '{url} kopiert',
  readerNoLink: 'Diese Seite nennt keinen Link zum Kopieren.',
  readerCopyFailed:
    'Kopieren nicht möglich. Der Browser hat den Zugriff auf die Zwischenablage verweigert; versuchen Sie es erneut.',

  // A story from the reading list.
  readerBackToList: 'Zurück zur Leseliste',
  readerInList: 'In der Leseliste',
  readerInListStatus: 'In der Leseliste: {status}',
  readerStatusUnread: 'Ungelesen',
  readerStatusRead: 'Gelesen',
  readerStatusArchived: 'Archiviert',
  readerMarkRead: 'Als gelesen markieren',
  readerMarkUnread: 'Als ungelesen markieren',
  readerArchive: 'Archivieren',
  readerUnarchive: 'Aus dem Archiv holen',
  readerDelete: 'Löschen',
  readerDeleteLabel: '„{title}“ aus der Leseliste löschen',
  readerUndo: 'Rückgängig',
  readerDoneUnread: 'Als ungelesen markiert.',
  readerDoneRead: 'Als gelesen markiert.',
  readerDoneArchived: 'Archiviert.',
  readerDoneUnarchived: 'Aus dem Archiv geholt.',
  readerDoneDeleted: '„{title}“ gelöscht.',
  readerDoneRestored: 'Wieder in der Leseliste.',
  readerDeletedTitle: '„{title}“ gelöscht',
  readerDeletedText: 'Der Artikel ist nicht mehr in der Leseliste.',
  readerMissingTitle: 'Dieser Artikel ist nicht mehr in der Leseliste',
  readerMissingText: 'Er wurde gelöscht oder die Leseliste wurde geleert.',

  // A link imported without its text.
  readerUntitledLink: 'Link ohne Titel',
  readerLinkSaved: 'Gespeichert am {date}',
  readerLinkOnlyText:
    'Von diesem Artikel wurde nur der Link importiert; sein Text wurde noch nicht abgerufen.',
  readerLinkOpen: 'Seite öffnen',

  // The source tab is closed and nothing was kept.
  readerGoneTitle: 'Dieser Artikel kann hier nicht erneut angezeigt werden',
  readerGoneTooBig:
    'Der Artikel war zu groß, um ihn in diesem Tab der Leseansicht aufzubewahren, und der Tab, aus dem er stammt, ist geschlossen.',
  readerGoneNoCopy:
    'Der Tab, aus dem der Artikel stammt, ist geschlossen, und dieser Tab der Leseansicht hat keine Kopie des Artikels aufbewahrt.',
  readerGoneOpenOriginal: 'Originalartikel öffnen',
  readerGoneOpenPage: 'Seite öffnen, aus der der Artikel stammt',
  readerGoneNoLinks:
    'Öffnen Sie die Seite des Artikels erneut und verwenden Sie dort die Schaltfläche von Upstream.',
}
