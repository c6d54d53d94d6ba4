/**
 * The reader tab for a live page (`?tab=<source tab id>`): the story the background stored for
 * that tab, or the one this tab kept (live-story-load.ts decides), with its save button.
 */
import { useMemo } from 'preact/hooks'
import { sendRequest } from '../messaging/client.ts'
import type { ArticleResult } from '../messaging/outcome.ts'
import { librarySaveOps } from '../shared-ui/library-save-ops.ts'
import { OutcomeView } from '../shared-ui/outcome-view.tsx'
import { SourceLinks } from '../shared-ui/source-links.tsx'
import { StoryActions } from '../shared-ui/story-actions.tsx'
import { StoryView } from '../shared-ui/story-view.tsx'
import { errorOutcome, useLoaded } from '../shared-ui/use-outcome.ts'
import { keepStory, keptStory, pageSessionStorage } from './kept-story.ts'
import {
  type LiveSources,
  type LiveView,
  loadLiveStory,
  retryLiveStory,
} from './live-story-load.ts'
import { ReaderShell } from './reader-shell.tsx'
import { SourceGoneState } from './source-gone-state.tsx'

function liveSources(tabId: number): LiveSources {
  const storage = pageSessionStorage()
  return {
    stored: () => sendRequest('getTabOutcome', { tabId }),
    extract: () => sendRequest('extractTab', { tabId, trigger: 'later' }),
    kept: () => keptStory(storage, tabId),
    keep: (outcome) => {
      if (keepStory(storage, tabId, outcome) === 'too-big')
        console.warn('Upstream: this story is too large to keep for reloading the reader tab')
    },
  }
}

// A thrown error (the worker did not answer in time) may pass: trying again can work.
const failed = (error: unknown): LiveView => ({
  kind: 'outcome',
  outcome: errorOutcome(error),
  canRetry: true,
})

function LiveStory({ result }: { result: ArticleResult }) {
  const pageUrl = result.sources.find((source) => source.kind === 'page')?.url
  const saveOps = useMemo(
    () => (pageUrl ? librarySaveOps(result, pageUrl) : undefined),
    [result, pageUrl],
  )
  return (
    <>
      <SourceLinks result={result} />
      <StoryView article={result.article} />
      <footer class="reader__footer">
        <StoryActions result={result} saveOps={saveOps} />
      </footer>
    </>
  )
}

export function LiveReader({ tabId }: { tabId: number }) {
  const sources = useMemo(() => liveSources(tabId), [tabId])
  const { value: view, retry } = useLoaded(
    () => loadLiveStory(sources),
    () => retryLiveStory(sources),
    failed,
  )
  const outcome = view?.kind === 'outcome' ? view.outcome : null
  const state = view === null ? 'loading' : view.kind === 'outcome' ? view.outcome.kind : view.kind
  return (
    <ReaderShell
      state={state}
      title={outcome?.kind === 'article' ? outcome.result.article.title : null}
    >
      {view?.kind === 'source-gone' ? (
        <SourceGoneState links={view.links} />
      ) : (
        <OutcomeView
          outcome={outcome}
          onRetry={view?.canRetry ? retry : undefined}
          renderArticle={(result) => <LiveStory result={result} />}
        />
      )}
    </ReaderShell>
  )
}
