/**
 * The reading list, used full page (list-page.tsx) and in the popup's "Reading list" tab:
 * status tabs with counts, order, search over titles and bodies, and each story with its
 * actions. Deleting shows "Undo" for a while.
 */
import type { SavedArticle } from '../library/types.ts'
import { formatDate, hostOf } from '../shared-ui/format.ts'
import { openSaved } from './open-saved.ts'
import type { ReadingList } from './use-reading-list.ts'

const FILTERS = [
  ['unread', 'Unread'],
  ['read', 'Read'],
  ['archived', 'Archived'],
  ['all', 'All'],
] as const

function Item({ article, list }: { article: SavedArticle; list: ReadingList }) {
  const source = article.sources.find((s) => s.kind === 'publisher')?.label ?? article.siteName
  const copies = article.copies.length
  return (
    <li class="item" data-testid="list-item" data-id={article.id} data-status={article.status}>
      <button
        type="button"
        class="item__title"
        onClick={() => openSaved(article.id)}
        data-testid="item-open"
      >
        {article.title}
      </button>
      <p class="item__meta">
        {[
          source || hostOf(article.copies[0]?.url ?? ''),
          `saved ${formatDate(new Date(article.savedAt).toISOString()).text}`,
        ]
          .filter(Boolean)
          .join(' · ')}
        {copies > 1 && <span data-testid="item-copies"> · {copies} copies</span>}
        {!article.hasContent && <span> · link only</span>}
      </p>
      <div class="item__actions">
        {article.status === 'unread' ? (
          <button
            type="button"
            class="button button--small"
            onClick={() => list.changeStatus(article.id, 'read')}
          >
            Mark read
          </button>
        ) : (
          <button
            type="button"
            class="button button--small"
            onClick={() => list.changeStatus(article.id, 'unread')}
          >
            Mark unread
          </button>
        )}
        {article.status !== 'archived' && (
          <button
            type="button"
            class="button button--small"
            onClick={() => list.changeStatus(article.id, 'archived')}
            data-testid="item-archive"
          >
            Archive
          </button>
        )}
        <button
          type="button"
          class="button button--small"
          onClick={() => list.remove(article)}
          aria-label={`Delete “${article.title}”`}
          data-testid="item-delete"
        >
          Delete
        </button>
      </div>
    </li>
  )
}

export function ReadingListView({ list }: { list: ReadingList }) {
  const { view, items, counts } = list
  return (
    <div class="reading-list" data-testid="reading-list" data-query={list.shownQuery ?? undefined}>
      <div class="reading-list__controls">
        <fieldset class="filters">
          <legend class="visually-hidden">Show</legend>
          {FILTERS.map(([value, label]) => (
            <button
              key={value}
              type="button"
              class="button button--small"
              aria-pressed={view.status === value}
              onClick={() => list.setView({ status: value })}
              data-testid={`filter-${value}`}
            >
              {label}
              {counts ? ` (${counts[value]})` : ''}
            </button>
          ))}
        </fieldset>
        <label class="reading-list__order">
          <span class="visually-hidden">Order</span>
          <select
            value={view.order}
            onChange={(event) =>
              list.setView({ order: event.currentTarget.value === 'oldest' ? 'oldest' : 'newest' })
            }
            data-testid="list-order"
          >
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </label>
        <input
          type="search"
          class="reading-list__search"
          value={view.query}
          onInput={(event) => list.setView({ query: event.currentTarget.value })}
          placeholder="Search titles and stories"
          aria-label="Search the reading list"
          data-testid="list-search"
        />
      </div>
      {list.error && (
        <p role="alert" class="reading-list__error" data-testid="list-error">
          {list.error}
        </p>
      )}
      {list.deleted && (
        <p class="toast" role="status" data-testid="undo-toast">
          Deleted “{list.deleted.article.title}”.{' '}
          <button type="button" class="button button--small" onClick={list.undo} data-testid="undo">
            Undo
          </button>
        </p>
      )}
      {items === null ? (
        <p class="reading-list__empty">Loading…</p>
      ) : items.length === 0 ? (
        <p class="reading-list__empty" data-testid="list-empty">
          {view.query
            ? `Nothing saved matches “${view.query}”.`
            : 'Nothing here yet. Save a story from Upstream’s popup, the reader, or the page’s context menu.'}
        </p>
      ) : (
        <ul class="items" data-testid="list-items">
          {items.map((article) => (
            <Item key={article.id} article={article} list={list} />
          ))}
        </ul>
      )}
      {list.hasMore && (
        <button type="button" class="button" onClick={list.loadMore} data-testid="load-more">
          Show more
        </button>
      )}
    </div>
  )
}
