/** The reader tab (src/reader/), its settings (also in the in-page reader) and story actions. */
export const readerMessages = {
  // The page: its title and bar (reader-shell.tsx).
  readerDocumentTitle: 'Upstream reader',
  readerDocumentTitleStory: '{title} · Upstream reader',
  readerPrint: 'Print',
  readerShortcuts: 'Keyboard shortcuts',

  // Reading settings (reader-controls.tsx).
  readerSettings: 'Reading settings',
  readerTextSize: 'Text size',
  readerTextSizeShown: '{size}px',
  readerTextSizeSpoken_one: '{count} pixel',
  readerTextSizeSpoken_other: '{count} pixels',
  readerFont: 'Font',
  readerFontSerif: 'Serif',
  readerFontSans: 'Sans-serif',
  readerLineWidth: 'Line width',
  readerWidthNarrow: 'Narrow',
  readerWidthMedium: 'Medium',
  readerWidthWide: 'Wide',
  readerLineSpacing: 'Line spacing',
  readerSpacingCompact: 'Compact',
  readerSpacingNormal: 'Normal',
  readerSpacingRelaxed: 'Relaxed',
  readerTheme: 'Theme',
  readerThemeSystem: 'System',
  readerThemeLight: 'Light',
  readerThemeDark: 'Dark',
  readerThemeSepia: 'Sepia',

  // The keyboard shortcuts dialog (shortcuts-dialog.tsx, extension-commands.ts).
  readerShortcutsInReader: 'In the reader',
  readerShortcutsShowList: 'Show this list',
  readerShortcutsEscape: 'Close the reading settings, or this list',
  readerShortcutsPrint: 'Print the story (as the Print button does)',
  readerKeyEscape: 'Esc',
  readerKeyPrint: 'Ctrl+P',
  readerKeyPrintMac: '⌘P',
  readerShortcutsAnyPage: 'Upstream, on any page',
  readerShortcutsAsking: 'Asking the browser…',
  readerShortcutsUnknown: 'The browser did not say which keys are set.',
  readerShortcutNotSet: 'not set',
  readerShortcutsChange:
    'Change these in your browser’s settings for extension keyboard shortcuts.',
  readerShortcutsClose: 'Close',
  readerCommandPopup: 'Open Upstream’s popup (the toolbar button)',

  // Story actions below the story (src/shared-ui/story-actions.tsx).
  readerStoryActions: 'Story actions',
  readerCopyMarkdown: 'Copy as Markdown',
  readerCopiedMarkdown: 'Copied the story as Markdown.',
  readerCopyLink: 'Copy original link',
  readerCopiedLink: 'Copied {url}',
  readerNoLink: 'This page names no link to copy.',
  readerCopyFailed: 'Could not copy. Your browser refused the clipboard; try again.',

  // A story from the reading list (saved-reader.tsx, saved-actions.tsx, use-saved-story.ts).
  readerBackToList: 'Back to the reading list',
  readerInList: 'In your reading list',
  readerInListStatus: 'In your reading list: {status}',
  readerStatusUnread: 'Unread',
  readerStatusRead: 'Read',
  readerStatusArchived: 'Archived',
  readerMarkRead: 'Mark read',
  readerMarkUnread: 'Mark unread',
  readerArchive: 'Archive',
  readerUnarchive: 'Unarchive',
  readerDelete: 'Delete',
  readerDeleteLabel: 'Delete “{title}” from the reading list',
  readerUndo: 'Undo',
  readerDoneUnread: 'Marked unread.',
  readerDoneRead: 'Marked read.',
  readerDoneArchived: 'Archived.',
  readerDoneUnarchived: 'Moved out of the archive.',
  readerDoneDeleted: 'Deleted “{title}”.',
  readerDoneRestored: 'Back in your reading list.',
  readerDeletedTitle: 'Deleted “{title}”',
  readerDeletedText: 'It is no longer in your reading list.',
  readerMissingTitle: 'This story is no longer in your reading list',
  readerMissingText: 'It was deleted, or the list was cleared.',

  // A link imported without its text (saved-link-only.tsx).
  readerUntitledLink: 'Untitled link',
  readerLinkSaved: 'Saved {date}',
  readerLinkOnlyText: 'Only the link to this story was imported; its text has not been fetched.',
  readerLinkOpen: 'Open the page',

  // The source tab is closed and nothing was kept (source-gone-state.tsx).
  readerGoneTitle: 'This story cannot be shown again here',
  readerGoneTooBig:
    'The story was too large to keep in this reader tab, and the tab it was read from is closed.',
  readerGoneNoCopy:
    'The tab it was read from is closed, and this reader tab kept no copy of the story.',
  readerGoneOpenOriginal: 'Open the original article',
  readerGoneOpenPage: 'Open the page it was read from',
  readerGoneNoLinks: 'Open the story’s page again and use Upstream’s button there.',
} as const
