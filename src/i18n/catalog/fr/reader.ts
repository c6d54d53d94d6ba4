import type { AreaTranslation } from '../../types.ts'
import type { readerMessages as en } from '../en/reader.ts'

/** The reader tab (src/reader/), its settings (also in the in-page reader) and story actions. */
export const readerMessages: AreaTranslation<typeof en> = {
  // The page: its title and bar (reader-shell.tsx).
  readerDocumentTitle: 'Mode lecture Upstream',
  readerDocumentTitleStory: '{title} · Mode lecture Upstream',
  readerPrint: 'Imprimer',
  readerShortcuts: 'Raccourcis clavier',

  // Reading settings (reader-controls.tsx).
  readerSettings: 'Paramètres de lecture',
  readerTextSize: 'Taille du texte',
  readerTextSizeShown: '{size} px',
  readerTextSizeSpoken_one: '{count} pixel',
  readerTextSizeSpoken_other: '{count} pixels',
  readerFont: 'Police',
  readerFontSerif: 'Serif',
  readerFontSans: 'Sans serif',
  // Agree with "largeur" (feminine) and "interligne" (masculine).
  readerLineWidth: 'Largeur de ligne',
  readerWidthNarrow: 'Étroite',
  readerWidthMedium: 'Moyenne',
  readerWidthWide: 'Large',
  readerLineSpacing: 'Interligne',
  readerSpacingCompact: 'Serré',
  readerSpacingNormal: 'Normal',
  readerSpacingRelaxed: 'Aéré',
  readerTheme: 'Thème',
  readerThemeSystem: 'Système',
  readerThemeLight: 'Clair',
  readerThemeDark: 'Sombre',
  readerThemeSepia: 'Sépia',

  // The keyboard shortcuts dialog (shortcuts-dialog.tsx, extension-commands.ts).
  readerShortcutsInReader: 'Dans le mode lecture',
  readerShortcutsShowList: 'Afficher cette liste',
  readerShortcutsEscape: 'Fermer les paramètres de lecture ou cette liste',
  readerShortcutsPrint: 'Imprimer l’article (comme le bouton Imprimer)',
  readerKeyEscape: 'Échap',
  readerKeyPrint: 'Ctrl+P',
  readerKeyPrintMac: '⌘P',
  readerShortcutsAnyPage: 'Upstream, sur toutes les pages',
  readerShortcutsAsking: 'Interrogation du navigateur…',
  readerShortcutsUnknown: 'Le navigateur n’a pas indiqué quelles touches sont définies.',
  readerShortcutNotSet: 'non défini',
  readerShortcutsChange:
    'Modifiez-les dans les paramètres de votre navigateur consacrés aux raccourcis clavier des extensions.',
  readerShortcutsClose: 'Fermer',
  readerCommandPopup: 'Ouvrir le panneau d’Upstream (le bouton de la barre d’outils)',

  // Story actions below the story (src/shared-ui/story-actions.tsx).
  readerStoryActions: 'Actions sur l’article',
  readerCopyMarkdown: 'Copier en Markdown',
  readerCopiedMarkdown: 'Article copié en Markdown.',
  readerCopyLink: 'Copier le lien de l’original',
  readerCopiedLink: 'Lien copié : {url}',
  readerNoLink: 'Cette page n’indique aucun lien à copier.',
  readerCopyFailed:
    'Copie impossible : votre navigateur a refusé l’accès au presse-papiers. Réessayez.',

  // A story from the reading list (saved-reader.tsx, saved-actions.tsx, use-saved-story.ts).
  // "Article" is masculine: the statuses and what an action did agree with it.
  readerBackToList: 'Retour à la liste de lecture',
  readerInList: 'Dans votre liste de lecture',
  readerInListStatus: 'Dans votre liste de lecture : {status}',
  readerStatusUnread: 'Non lu',
  readerStatusRead: 'Lu',
  readerStatusArchived: 'Archivé',
  readerMarkRead: 'Marquer comme lu',
  readerMarkUnread: 'Marquer comme non lu',
  readerArchive: 'Archiver',
  readerUnarchive: 'Désarchiver',
  readerDelete: 'Supprimer',
  readerDeleteLabel: 'Supprimer « {title} » de la liste de lecture',
  readerUndo: 'Annuler',
  readerDoneUnread: 'Marqué comme non lu.',
  readerDoneRead: 'Marqué comme lu.',
  readerDoneArchived: 'Archivé.',
  readerDoneUnarchived: 'Sorti des archives.',
  readerDoneDeleted: 'Article « {title} » supprimé.',
  readerDoneRestored: 'De retour dans votre liste de lecture.',
  readerDeletedTitle: 'Article « {title} » supprimé',
  readerDeletedText: 'Il ne figure plus dans votre liste de lecture.',
  readerMissingTitle: 'Cet article ne figure plus dans votre liste de lecture',
  readerMissingText: 'Il a été supprimé, ou la liste a été vidée.',

  // A link imported without its text (saved-link-only.tsx).
  readerUntitledLink: 'Lien sans titre',
  readerLinkSaved: 'Enregistré le {date}',
  readerLinkOnlyText: 'Seul le lien de cet article a été importé ; son texte n’a pas été récupéré.',
  readerLinkOpen: 'Ouvrir la page',

  // The source tab is closed and nothing was kept (source-gone-state.tsx).
  readerGoneTitle: 'Cet article ne peut plus être affiché ici',
  readerGoneTooBig:
    'L’article était trop volumineux pour être conservé dans cet onglet de lecture, et l’onglet d’où il provient est fermé.',
  readerGoneNoCopy:
    'L’onglet d’où provient l’article est fermé, et cet onglet de lecture n’en a conservé aucune copie.',
  readerGoneOpenOriginal: 'Ouvrir l’article original',
  readerGoneOpenPage: 'Ouvrir la page d’où il provient',
  readerGoneNoLinks: 'Rouvrez la page de l’article et utilisez-y le bouton d’Upstream.',
}
