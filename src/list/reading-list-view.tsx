/**
 * The reading list, used full page (list-page.tsx) and in the popup's "Reading list" tab:
 * status filters with counts, order, search over titles and bodies, and each story with its
 * actions.
 *
 * A search looks in every story; while one is typed the filters narrow its results and count
 * its matches per status, and a line says where it looked. What an action did is said in a
 * live region that is always on the page (a region added together with its text is often not
 * read out); after a delete it offers "Undo" for a while.
 */
import { useRef } from 'preact/hooks'
import { t } from '../i18n/t.ts'
import { type Expected, useFocusAfterChange } from './focus-after-change.ts'
import { changeText, emptyText, FILTERS, filterLabel, searchSummary } from './list-text.ts'
import { type ItemActions, ReadingListItem } from './reading-list-item.tsx'
import type { MatchCount } from './search-scope.ts'
import type { Change, ReadingList } from './use-reading-list.ts'

/** The counts the filters show: the search's matches while searching, else the list's. */
function filterCounts(list: ReadingList): Record<string, MatchCount> | null {
  if (list.searching) return list.matches
  const counts = list.counts
  if (!counts) return null
  return Object.fromEntries(
    FILTERS.map((filter) => [filter, { count: counts[filter], atLeast: false }]),
  )
}

function Filters({ list }: { list: ReadingList }) {
  const counts = filterCounts(list)
  return (
    <fieldset class="filters">
      <legend class="visually-hidden">{t('listFiltersLegend')}</legend>
      {FILTERS.map((filter) => (
        <button
          key={filter}
          type="button"
          class="button button--small"
          aria-pressed={list.filter === filter}
          onClick={() => list.chooseFilter(filter)}
          data-testid={`filter-${filter}`}
        >
          {filterLabel(filter, counts?.[filter] ?? null)}
        </button>
      ))}
    </fieldset>
  )
}

function Controls({ list }: { list: ReadingList }) {
  const { view } = list
  return (
    <div class="reading-list__controls">
      <Filters list={list} />
      <label class="reading-list__order">
        <span class="visually-hidden">{t('listOrder')}</span>
        <select
          value={view.order}
          onChange={(event) =>
            list.setView({ order: event.currentTarget.value === 'oldest' ? 'oldest' : 'newest' })
          }
          data-testid="list-order"
        >
          <option value="newest">{t('listOrderNewest')}</option>
          <option value="oldest">{t('listOrderOldest')}</option>
        </select>
      </label>
      <input
        type="search"
        class="reading-list__search"
        value={view.query}
        onInput={(event) => list.setView({ query: event.currentTarget.value })}
        placeholder={t('listSearchPlaceholder')}
        aria-label={t('listSearchLabel')}
        data-testid="list-search"
      />
    </div>
  )
}

/** What the last action did, and Undo after a delete; in a live region that is always there. */
function Announcer({ change, onUndo }: { change: Change | null; onUndo: () => void }) {
  return (
    <div class="reading-list__announcer" role="status" data-testid="list-announcer">
      {change && (
        <p class="toast" data-testid="undo-toast">
          {changeText(change)}
          {change.kind === 'deleted' && (
            <>
              {' '}
              <button
                type="button"
                class="button button--small"
                onClick={onUndo}
                data-testid="undo"
              >
                {t('listUndo')}
              </button>
            </>
          )}
        </p>
      )}
    </div>
  )
}

export function ReadingListView({ list }: { list: ReadingList }) {
  const { items } = list
  const root = useRef<HTMLDivElement>(null)
  const focus = useFocusAfterChange(items, root)
  const searched = list.searching && list.matches !== null ? list.matches[list.filter] : null

  /** Runs an action; focus moves once the list shows its outcome (unless it failed). */
  const tracked = (expected: Expected, action: Promise<boolean>) => {
    focus.expect(expected)
    void action.then((done) => {
      if (!done) focus.forget(expected.id)
    })
  }
  const actions: ItemActions = {
    setStatus: (article, index, status) =>
      tracked({ id: article.id, index, becomes: status }, list.changeStatus(article, status)),
    remove: (article, index) =>
      tracked({ id: article.id, index, becomes: 'deleted' }, list.remove(article)),
  }
  const undo = () => {
    const back = list.lastChange?.kind === 'deleted' ? list.lastChange.deleted.article : null
    if (back) tracked({ id: back.id, index: 0, becomes: 'restored' }, list.undo())
  }

  return (
    <div
      class="reading-list"
      ref={root}
      data-testid="reading-list"
      data-query={list.shownQuery ?? undefined}
    >
      <Controls list={list} />
      <p class="reading-list__summary" role="status">
        {searched && (
          <span data-testid="search-summary">{searchSummary(list.filter, searched)}</span>
        )}
      </p>
      {list.error && (
        <p role="alert" class="reading-list__error" data-testid="list-error">
          {list.error}
        </p>
      )}
      <Announcer change={list.lastChange} onUndo={undo} />
      {items === null ? (
        <p class="reading-list__loading">{t('listLoading')}</p>
      ) : items.length === 0 ? (
        <p class="reading-list__empty" tabIndex={-1} data-focus-when-empty data-testid="list-empty">
          {emptyText(list.filter, list.shownQuery ?? '')}
        </p>
      ) : (
        <ul class="items" data-testid="list-items">
          {items.map((article, index) => (
            <ReadingListItem
              key={article.id}
              article={article}
              index={index}
              showStatus={list.filter === 'all'}
              actions={actions}
            />
          ))}
        </ul>
      )}
      {list.hasMore && (
        <button type="button" class="button" onClick={list.loadMore} data-testid="load-more">
          {t('listShowMore')}
        </button>
      )}
    </div>
  )
}
