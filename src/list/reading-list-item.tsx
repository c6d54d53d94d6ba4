/**
 * One story in the reading list: its title (a link to the saved story in the reader), where it
 * comes from and when it was saved, and its actions. Each action button is described by the
 * story's title, so a screen reader says which story "Archive" is for, while its name stays the
 * word that is shown.
 */
import { formatDay } from '../i18n/format.ts'
import { tCount } from '../i18n/plural.ts'
import { t } from '../i18n/t.ts'
import type { ReadStatus, SavedArticle } from '../library/types.ts'
import { hostOf } from '../shared-ui/format.ts'
import { FIRST_STORY_TIMING } from './first-story-timing.ts'
import { statusName } from './list-text.ts'
import { openOnPlainClick, savedStoryUrl } from './open-saved.ts'

export interface ItemActions {
  setStatus(article: SavedArticle, index: number, status: ReadStatus): void
  remove(article: SavedArticle, index: number): void
}

interface Props {
  article: SavedArticle
  /** Its place in the list (focus moves to its neighbour when it leaves). */
  index: number
  /** Whether to say its status: when the list shows more than one status. */
  showStatus: boolean
  actions: ItemActions
}

/**
 * One action's button. A function that returns its element, not a component: the first screen
 * of the list is rendered before Preact's code has warmed up, and three component instances per
 * story were a good part of that render.
 */
function actionButton(title: string, testId: string, onClick: () => void, label: string) {
  return (
    <button
      type="button"
      class="button button--small"
      aria-describedby={title}
      onClick={onClick}
      data-testid={testId}
    >
      {label}
    </button>
  )
}

export function ReadingListItem({ article, index, showStatus, actions }: Props) {
  const source =
    article.sources.find((s) => s.kind === 'publisher')?.label ||
    article.siteName ||
    hostOf(article.copies[0]?.url ?? '')
  const copies = article.copies.length
  const title = `item-title-${article.id}`
  const setStatus = (status: ReadStatus) => () => actions.setStatus(article, index, status)
  return (
    <li
      {...(index === 0 ? FIRST_STORY_TIMING : null)}
      class="item"
      data-testid="list-item"
      data-id={article.id}
      data-status={article.status}
    >
      <a
        id={title}
        class="item__title"
        href={savedStoryUrl(article.id)}
        onClick={(event) => openOnPlainClick(event, article.id)}
        dir="auto"
        data-testid="item-open"
      >
        {article.title}
      </a>
      <p class="item__meta">
        {source && (
          <>
            <span dir="auto" data-testid="item-source">
              {source}
            </span>
            {' · '}
          </>
        )}
        <span>{t('listItemSaved', { date: formatDay(article.savedAt) })}</span>
        {showStatus && (
          <>
            {' · '}
            <span class="item__status" data-testid="item-status">
              {statusName(article.status)}
            </span>
          </>
        )}
        {copies > 1 && <span data-testid="item-copies"> · {tCount('listItemCopies', copies)}</span>}
        {!article.hasContent && <span> · {t('listItemLinkOnly')}</span>}
      </p>
      <div class="item__actions">
        {/* The same button either way, so focus stays on it when it flips. */}
        {article.status === 'unread'
          ? actionButton(title, 'item-mark-read', setStatus('read'), t('listMarkRead'))
          : actionButton(title, 'item-mark-unread', setStatus('unread'), t('listMarkUnread'))}
        {article.status !== 'archived' &&
          actionButton(title, 'item-archive', setStatus('archived'), t('listArchive'))}
        {actionButton(title, 'item-delete', () => actions.remove(article, index), t('listDelete'))}
      </div>
    </li>
  )
}
