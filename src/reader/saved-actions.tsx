/**
 * What can be done with a story from the reading list, where it is read: the same actions as
 * on the list page (read / unread, archive, delete), and the way back to the list. The status
 * as stored is on the bar (`data-status`); saved-reader.tsx announces each change.
 */
import { type PlainKey, t } from '../i18n/t.ts'
import type { SavedArticle } from '../library/types.ts'
import { Slotted } from '../shared-ui/slotted.tsx'
import { ReadingListLink } from './reading-list-link.tsx'
import type { SavedStory } from './use-saved-story.ts'

const STATUS_TEXT: Record<SavedArticle['status'], PlainKey> = {
  unread: 'readerStatusUnread',
  read: 'readerStatusRead',
  archived: 'readerStatusArchived',
}

interface Props {
  article: SavedArticle
  story: SavedStory
}

export function SavedActions({ article, story }: Props) {
  const { status } = article
  return (
    <section
      class="saved-actions"
      aria-label={t('readerInList')}
      data-testid="saved-actions"
      data-status={status}
    >
      <ReadingListLink />
      <p class="saved-actions__status">
        <Slotted message={(slot) => t('readerInListStatus', { status: slot })}>
          <strong data-testid="saved-status-text">{t(STATUS_TEXT[status])}</strong>
        </Slotted>
      </p>
      <div class="action-bar">
        <button
          type="button"
          class="button"
          disabled={story.busy}
          onClick={() => story.setStatus(status === 'unread' ? 'read' : 'unread')}
          data-testid="saved-toggle-read"
        >
          {t(status === 'unread' ? 'readerMarkRead' : 'readerMarkUnread')}
        </button>
        <button
          type="button"
          class="button"
          disabled={story.busy}
          // Out of the archive it counts as read: it was opened, here.
          onClick={() => story.setStatus(status === 'archived' ? 'read' : 'archived')}
          data-testid="saved-archive"
        >
          {t(status === 'archived' ? 'readerUnarchive' : 'readerArchive')}
        </button>
        <button
          type="button"
          class="button"
          disabled={story.busy}
          onClick={story.remove}
          // Names the story; holds the word shown (a catalog test checks every language).
          aria-label={t('readerDeleteLabel', { title: article.title })}
          data-testid="saved-delete"
        >
          {t('readerDelete')}
        </button>
      </div>
    </section>
  )
}
