/**
 * What can be done with a story from the reading list, where it is read: the same actions as
 * on the list page (read / unread, archive, delete), and the way back to the list. The status
 * as stored is on the bar (`data-status`); saved-reader.tsx announces each change.
 */
import type { SavedArticle } from '../library/types.ts'
import { ReadingListLink } from './reading-list-link.tsx'
import type { SavedStory } from './use-saved-story.ts'

const STATUS_TEXT: Record<SavedArticle['status'], string> = {
  unread: 'Unread',
  read: 'Read',
  archived: 'Archived',
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
      aria-label="In your reading list"
      data-testid="saved-actions"
      data-status={status}
    >
      <ReadingListLink />
      <p class="saved-actions__status">
        In your reading list: <strong data-testid="saved-status-text">{STATUS_TEXT[status]}</strong>
      </p>
      <div class="action-bar">
        <button
          type="button"
          class="button"
          disabled={story.busy}
          onClick={() => story.setStatus(status === 'unread' ? 'read' : 'unread')}
          data-testid="saved-toggle-read"
        >
          {status === 'unread' ? 'Mark read' : 'Mark unread'}
        </button>
        <button
          type="button"
          class="button"
          disabled={story.busy}
          // Out of the archive it counts as read: it was opened, here.
          onClick={() => story.setStatus(status === 'archived' ? 'read' : 'archived')}
          data-testid="saved-archive"
        >
          {status === 'archived' ? 'Unarchive' : 'Archive'}
        </button>
        <button
          type="button"
          class="button"
          disabled={story.busy}
          onClick={story.remove}
          aria-label={`Delete “${article.title}” from the reading list`}
          data-testid="saved-delete"
        >
          Delete
        </button>
      </div>
    </section>
  )
}
