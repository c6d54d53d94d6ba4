import type { AreaTranslation } from '../../types.ts'
import type { stateMessages as en } from '../en/states.ts'

/** The panels shown instead of a story: loading, no article, pages Upstream may not read. */
export const stateMessages: AreaTranslation<typeof en> = {
  stateLoading: 'Seite wird gelesen…',
  stateNoArticleTitle: 'Kein Artikel auf dieser Seite',
  noArticleHomePage:
    'Dies ist die Startseite der Website, eine Liste von Schlagzeilen statt eines einzelnen Artikels.',
  noArticleListPage:
    'Diese Seite listet Schlagzeilen auf (eine Rubrik-, Schlagwort- oder Archivseite), keinen einzelnen Artikel.',
  noArticleStoryList: 'Diese Seite ist eine Liste von Artikeln, kein einzelner Artikel.',
  noArticleNotOneStory: 'Diese Seite enthält keinen einzelnen Artikel.',
  noArticleNothingFound: 'Auf dieser Seite wurde kein Artikel gefunden.',
  noArticleTooLittleText: 'Diese Seite hat zu wenig Text für einen Artikel.',
  noArticleHeadlineList: 'Diese Seite listet Schlagzeilen auf, statt einen Artikel zu bringen.',
  restrictedBrowserPageTitle: 'Upstream kann diese Seite nicht lesen',
  restrictedBrowserPageText:
    'Dies ist eine browsereigene Seite. Browser erlauben Erweiterungen nicht, solche Seiten zu lesen, daher gibt es hier keinen Artikel anzuzeigen.',
  restrictedStoreTitle: 'Diese Website ist geschützt',
  restrictedStoreText:
    'Der Browser erlaubt keiner Erweiterung, seinen Add-on-Store oder seine Kontoseiten zu lesen. So können Erweiterungen keine anderen Erweiterungen verändern.',
  restrictedViewSourceTitle: 'Dieser Tab zeigt Quelltext',
  restrictedViewSourceText:
    'Sie sehen den Quelltext einer Seite. Öffnen Sie die Seite selbst und verwenden Sie Upstream dann erneut.',
  restrictedPdfTitle: 'PDF-Dokumente werden nicht unterstützt',
  restrictedPdfText:
    'Upstream liest Webseiten. Dieser Tab zeigt ein PDF-Dokument, das Upstream nicht lesen kann.',
  restrictedFileTitle: 'Upstream kann keine Dateien auf diesem Computer lesen',
  restrictedFileText:
    'Damit Upstream gespeicherte Seiten lesen kann, öffnen Sie die Erweiterungseinstellungen des Browsers, wählen Sie die Details von Upstream und aktivieren Sie „Zugriff auf Datei-URLs zulassen“. Laden Sie die Seite dann neu und versuchen Sie es erneut.',
  restrictedNotWebTitle: 'Dies ist keine Webseite',
  restrictedNotWebText: 'Upstream liest Webseiten: Adressen, die mit http oder https beginnen.',
  restrictedUnreadableTitle: 'Upstream kann diesen Tab nicht lesen',
  restrictedUnreadableText:
    'Der Browser erlaubt Erweiterungen nicht, diesen Tab zu lesen. Das betrifft Seiten, die nicht geladen werden konnten, Quelltextansichten und einige browsereigene Seiten. Falls es sich um eine gewöhnliche Webseite handelt, laden Sie sie neu und versuchen Sie es erneut.',
  restrictedNoPermissionTitle: 'Upstream bitte erneut aufrufen',
  restrictedNoPermissionText:
    'Der Browser lässt Upstream eine Seite nur direkt nach einem Klick auf die Schaltfläche in der Symbolleiste, nach dem Tastenkürzel oder nach dem Menübefehl auf dieser Seite lesen. Kehren Sie zur Seite zurück und rufen Sie Upstream dort erneut auf.',
}
