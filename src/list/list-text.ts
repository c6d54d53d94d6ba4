/**
 * The reading list's words for what it shows: filter labels with their counts, where a search
 * looked, empty states, each story's status, and what an action did. All from the message
 * catalog (src/i18n/catalog/en/list.ts), numbers in the UI language.
 */
import { formatNumber } from '../i18n/format.ts'
import { type CountedBase, tCount } from '../i18n/plural.ts'
import { type PlainKey, t } from '../i18n/t.ts'
import type { StatusFilter } from '../library/queries.ts'
import type { ReadStatus } from '../library/types.ts'
import type { MatchCount } from './search-scope.ts'
import type { Change } from './use-reading-list.ts'

/** The filters, in the order they are shown. */
export const FILTERS: readonly StatusFilter[] = ['unread', 'read', 'archived', 'all']

const FILTER_NAMES: Record<StatusFilter, PlainKey> = {
  unread: 'listFilterUnread',
  read: 'listFilterRead',
  archived: 'listFilterArchived',
  all: 'listFilterAll',
}

/** "Unread (3)", "Unread (51+)" when the search read only some of the matches, or "Unread". */
export function filterLabel(filter: StatusFilter, counted: MatchCount | null): string {
  const label = t(FILTER_NAMES[filter])
  if (!counted) return label
  const count = formatNumber(counted.count)
  return counted.atLeast
    ? t('listFilterCountAtLeast', { label, count })
    : t('listFilterCount', { label, count })
}

const RESULTS: Record<StatusFilter, [exact: CountedBase, atLeast: CountedBase]> = {
  all: ['listResultsAll', 'listResultsAtLeastAll'],
  unread: ['listResultsUnread', 'listResultsAtLeastUnread'],
  read: ['listResultsRead', 'listResultsAtLeastRead'],
  archived: ['listResultsArchived', 'listResultsAtLeastArchived'],
}

/** "2 results in all stories": what a search found, and where it looked. */
export function searchSummary(scope: StatusFilter, found: MatchCount): string {
  const [exact, atLeast] = RESULTS[scope]
  return tCount(found.atLeast ? atLeast : exact, found.count)
}

const EMPTY: Record<StatusFilter, PlainKey> = {
  all: 'listEmptyAll',
  unread: 'listEmptyUnread',
  read: 'listEmptyRead',
  archived: 'listEmptyArchived',
}

const NO_MATCH = {
  all: 'listNoMatchAll',
  unread: 'listNoMatchUnread',
  read: 'listNoMatchRead',
  archived: 'listNoMatchArchived',
} as const satisfies Record<StatusFilter, string>

/** Why nothing is listed: nothing in this status, or nothing in it matches the search. */
export function emptyText(filter: StatusFilter, query: string): string {
  return query.trim() ? t(NO_MATCH[filter], { query }) : t(EMPTY[filter])
}

const STATUS_NAMES: Record<ReadStatus, PlainKey> = {
  unread: 'listItemUnread',
  read: 'listItemRead',
  archived: 'listItemArchived',
}

export function statusName(status: ReadStatus): string {
  return t(STATUS_NAMES[status])
}

const STATUS_CHANGED = {
  unread: 'listDidMarkUnread',
  read: 'listDidMarkRead',
  archived: 'listDidArchive',
} as const satisfies Record<ReadStatus, string>

/** "Archived “Title”.": what the last action did. */
export function changeText(change: Change): string {
  switch (change.kind) {
    case 'status':
      return t(STATUS_CHANGED[change.status], { title: change.article.title })
    case 'deleted':
      return t('listDidDelete', { title: change.deleted.article.title })
    case 'restored':
      return t('listDidRestore', { title: change.article.title })
  }
}
