/**
 * The reader tab for a story from the reading list (`?saved=<id>`): the story as saved, with
 * its "Republished copy" mark and source links, and the list's actions, so it is no dead end.
 */

import { t } from '../i18n/t.ts'
import { classifyError } from '../messaging/problems.ts'
import { Slotted } from '../shared-ui/slotted.tsx'
import { SourceLinks } from '../shared-ui/source-links.tsx'
import { ErrorState, LoadingState } from '../shared-ui/states.tsx'
import { StoryActions } from '../shared-ui/story-actions.tsx'
import { StoryView } from '../shared-ui/story-view.tsx'
import { ReaderShell } from './reader-shell.tsx'
import { ReadingListLink } from './reading-list-link.tsx'
import { SavedActions } from './saved-actions.tsx'
import { SavedLinkOnly } from './saved-link-only.tsx'
import { type SavedStory, useSavedStory } from './use-saved-story.ts'

function Shown({ story }: { story: SavedStory }) {
  const { view } = story
  switch (view?.kind) {
    case undefined:
      return <LoadingState />
    case 'article':
      return (
        <>
          <SavedActions article={view.article} story={story} />
          <SourceLinks result={view.result} />
          <StoryView article={view.result.article} />
          <footer class="reader__footer">
            <StoryActions result={view.result} />
          </footer>
        </>
      )
    case 'link-only':
      return (
        <>
          <SavedActions article={view.article} story={story} />
          <SavedLinkOnly article={view.article} />
        </>
      )
    case 'deleted':
      return (
        <section class="state" data-testid="state-deleted" aria-labelledby="state-title">
          <h1 class="state__title" id="state-title">
            <Slotted message={(slot) => t('readerDeletedTitle', { title: slot })}>
              <bdi>{view.deleted.article.title}</bdi>
            </Slotted>
          </h1>
          <p class="state__text">{t('readerDeletedText')}</p>
          <div class="action-bar">
            <button
              type="button"
              class="button button--primary"
              disabled={story.busy}
              onClick={story.undo}
              data-testid="saved-undo"
            >
              {t('readerUndo')}
            </button>
            <ReadingListLink />
          </div>
        </section>
      )
    case 'missing':
      return (
        <section class="state" data-testid="state-missing" aria-labelledby="state-title">
          <h1 class="state__title" id="state-title">
            {t('readerMissingTitle')}
          </h1>
          <p class="state__text">{t('readerMissingText')}</p>
          <ReadingListLink primary />
        </section>
      )
    case 'error':
      // Reading IndexedDB again can work (a transient failure, a blocked upgrade).
      return (
        <ErrorState
          problem={classifyError(view.detail)}
          detail={view.detail}
          onRetry={story.reload}
        />
      )
  }
}

export function SavedReader({ id }: { id: string }) {
  const story = useSavedStory(id)
  const { view } = story
  return (
    <ReaderShell
      state={view?.kind ?? 'loading'}
      title={view?.kind === 'article' || view?.kind === 'link-only' ? view.article.title : null}
    >
      <Shown story={story} />
      <p class="action-status" role="status" aria-live="polite" data-testid="saved-status">
        {story.message}
      </p>
    </ReaderShell>
  )
}
