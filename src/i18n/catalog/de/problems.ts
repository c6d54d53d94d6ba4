import type { AreaTranslation } from '../../types.ts'
import type { problemMessages as en } from '../en/problems.ts'

/** Plain explanations of what went wrong (src/shared-ui/problem-text.ts). */
export const problemMessages: AreaTranslation<typeof en> = {
  problemPageChangedTitle: 'Die Seite hat sich beim Lesen geändert',
  problemPageChangedText:
    'Die Seite wurde neu geladen oder hat gewechselt, während Upstream sie gelesen hat. Versuchen Sie es erneut.',
  problemTabClosedTitle: 'Der Tab des Artikels ist geschlossen',
  problemTabClosedText:
    'Der Tab, aus dem dieser Artikel stammt, ist nicht mehr geöffnet. Öffnen Sie die Seite des Artikels erneut und verwenden Sie dort die Schaltfläche von Upstream.',
  problemNoAnswerTitle: 'Die Seite hat nicht geantwortet',
  problemNoAnswerText:
    'Die Seite lädt möglicherweise noch oder ist beschäftigt (ein Dialogfeld auf der Seite kann sie blockieren). Warten Sie einen Moment und versuchen Sie es erneut.',
  problemTimeoutTitle: 'Die Seite hat zu lange gebraucht',
  problemTimeoutText:
    'Upstream hat aufgehört, auf diese Seite zu warten. Falls sie sehr groß ist oder noch lädt, versuchen Sie es erneut, sobald sie geladen ist.',
  problemReadingFailedTitle: 'Upstream konnte diese Seite nicht lesen',
  problemReadingFailedText:
    'Etwas auf dieser Seite hat Upstream am Lesen gehindert. Laden Sie die Seite neu und versuchen Sie es erneut.',
  problemExtensionReloadedTitle: 'Upstream wurde aktualisiert',
  problemExtensionReloadedText:
    'Upstream wurde aktualisiert oder neu gestartet, während diese Ansicht geöffnet war. Schließen Sie sie und öffnen Sie Upstream erneut.',
  problemBackgroundTitle: 'Upstream reagiert nicht',
  problemBackgroundText:
    'Ein Teil von Upstream hat nicht geantwortet. Versuchen Sie es gleich noch einmal.',
  problemMissingSourceTitle: 'Hier gibt es nichts anzuzeigen',
  problemMissingSourceText:
    'Diese Leseansicht gibt nicht an, welcher Artikel angezeigt werden soll. Öffnen Sie einen Artikel über die Schaltfläche von Upstream oder aus der Leseliste.',
  problemNotInListTitle: 'Nicht in der Leseliste',
  problemNotInListText:
    'Dieser Artikel ist nicht mehr in der Leseliste. Möglicherweise wurde er gelöscht.',
  problemStorageFullTitle: 'Der Speicher des Browsers ist voll',
  problemStorageFullText:
    'Es ist kein Platz mehr, um dies zu speichern. Geben Sie Speicherplatz frei oder löschen Sie nicht mehr benötigte Artikel und versuchen Sie es dann erneut.',
  problemUnknownTitle: 'Ein Fehler ist aufgetreten',
  problemUnknownText:
    'Upstream konnte den Vorgang nicht abschließen. Versuchen Sie es erneut; falls das wiederholt passiert, laden Sie die Seite neu.',
  tryAgain: 'Erneut versuchen',
}
