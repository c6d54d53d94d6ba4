/**
 * The reading list (src/list/), full page and in the popup: filters, search, each story and its
 * actions, what an action announces, and export / import.
 */
export const listMessages = {
  listPageTitle: 'Reading list · Upstream',
  listHeading: 'Reading list',
  listLoading: 'Loading…',
  listShowMore: 'Show more',
  listFailed: 'Something went wrong with the reading list. Reload the page and try again.',

  // The status filters. While a search is typed they refine it and count its matches.
  listFiltersLegend: 'Show',
  listFilterUnread: 'Unread',
  listFilterRead: 'Read',
  listFilterArchived: 'Archived',
  listFilterAll: 'All',
  listFilterCount: '{label} ({count})',
  /** More matches than the search read: "Unread (51+)". */
  listFilterCountAtLeast: '{label} ({count}+)',

  listOrder: 'Order',
  listOrderNewest: 'Newest first',
  listOrderOldest: 'Oldest first',

  listSearchLabel: 'Search the reading list',
  listSearchPlaceholder: 'Search titles and stories',
  // Where a search looked and what it found ("2 results in all stories").
  listResultsAll_one: '{count} result in all stories',
  listResultsAll_other: '{count} results in all stories',
  listResultsUnread_one: '{count} result in unread stories',
  listResultsUnread_other: '{count} results in unread stories',
  listResultsRead_one: '{count} result in read stories',
  listResultsRead_other: '{count} results in read stories',
  listResultsArchived_one: '{count} result in archived stories',
  listResultsArchived_other: '{count} results in archived stories',
  listResultsAtLeastAll_one: 'At least {count} result in all stories',
  listResultsAtLeastAll_other: 'At least {count} results in all stories',
  listResultsAtLeastUnread_one: 'At least {count} result in unread stories',
  listResultsAtLeastUnread_other: 'At least {count} results in unread stories',
  listResultsAtLeastRead_one: 'At least {count} result in read stories',
  listResultsAtLeastRead_other: 'At least {count} results in read stories',
  listResultsAtLeastArchived_one: 'At least {count} result in archived stories',
  listResultsAtLeastArchived_other: 'At least {count} results in archived stories',

  // Nothing to show.
  listEmptyAll:
    'Nothing here yet. Save a story from Upstream’s popup, the reader, or the page’s context menu.',
  listEmptyUnread: 'No unread stories.',
  listEmptyRead: 'No stories marked read.',
  listEmptyArchived: 'No archived stories.',
  listNoMatchAll: 'Nothing saved matches “{query}”.',
  listNoMatchUnread: 'No unread story matches “{query}”.',
  listNoMatchRead: 'No read story matches “{query}”.',
  listNoMatchArchived: 'No archived story matches “{query}”.',

  // One story in the list.
  listItemSaved: 'saved {date}',
  listItemCopies_one: '{count} copy',
  listItemCopies_other: '{count} copies',
  listItemLinkOnly: 'link only',
  listItemUnread: 'Unread',
  listItemRead: 'Read',
  listItemArchived: 'Archived',
  listMarkRead: 'Mark read',
  listMarkUnread: 'Mark unread',
  listArchive: 'Archive',
  listDelete: 'Delete',
  listUndo: 'Undo',

  // What an action did (announced to screen readers too).
  listDidMarkRead: 'Marked “{title}” as read.',
  listDidMarkUnread: 'Marked “{title}” as unread.',
  listDidArchive: 'Archived “{title}”.',
  listDidDelete: 'Deleted “{title}”.',
  listDidRestore: 'Restored “{title}”.',

  // Export and import (src/list/library-backup.tsx).
  listBackupHeading: 'Export and import',
  listExportJson: 'Export (Upstream JSON)',
  listExportMarkdown: 'Export Markdown',
  listExportHtml: 'Export HTML',
  listImport: 'Import…',
  listImportHint:
    'Import a Pocket export (HTML or CSV), an Instapaper CSV, a Wallabag JSON export or an Upstream JSON export. Links that come without their text are kept as links.',
  listExported_one: 'Exported {count} story to {file}.',
  listExported_other: 'Exported {count} stories to {file}.',
  listImportTooLarge: 'This file is too large to be a reading-list export.',
  listImportRefused: '{reason} Nothing was imported; your list is unchanged.',
  listImported: 'Imported {format}: {counts}.',
  listImportedAdded_one: '{count} added',
  listImportedAdded_other: '{count} added',
  listImportedMerged_one: '{count} merged into a story already saved',
  listImportedMerged_other: '{count} merged into stories already saved',
  listImportedUnchanged_one: '{count} already there',
  listImportedUnchanged_other: '{count} already there',
  listImportedSkipped_one: '{count} skipped (not a web address)',
  listImportedSkipped_other: '{count} skipped (not a web address)',
} as const
