/**
 * The reader tab: the story at full width with typography and theme controls. It shows the
 * outcome the background stored for its source tab (`?tab=<id>`), so it works after the
 * service worker was stopped; "Try again" extracts afresh while the activeTab grant lasts.
 */
import { useEffect, useMemo } from 'preact/hooks'
import { sendRequest } from '../messaging/client.ts'
import type { ArticleResult, ExtractOutcome } from '../messaging/outcome.ts'
import { librarySaveOps } from '../shared-ui/library-save-ops.ts'
import { OutcomeView } from '../shared-ui/outcome-view.tsx'
import { SourceLinks } from '../shared-ui/source-links.tsx'
import { StoryActions } from '../shared-ui/story-actions.tsx'
import { StoryView } from '../shared-ui/story-view.tsx'
import { useOutcome } from '../shared-ui/use-outcome.ts'
import { useReaderSettings } from '../shared-ui/use-settings.ts'
import { ReaderControls } from './reader-controls.tsx'
import { loadSavedOutcome, savedIdFromLocation } from './saved-story.ts'
import { storyStyle } from './story-style.ts'
import { tabIdFromLocation } from './tab-param.ts'

const tabId = tabIdFromLocation(location.search)
const savedId = savedIdFromLocation(location.search)

const missingTab = async (): Promise<ExtractOutcome> => ({
  kind: 'error',
  problem: 'missing-source',
  detail: location.search,
  tabId: 0,
  pageUrl: null,
  at: Date.now(),
})

const stored = () =>
  savedId !== null
    ? loadSavedOutcome(savedId)
    : tabId === null
      ? missingTab()
      : sendRequest('getTabOutcome', { tabId })
const fresh = () =>
  savedId !== null
    ? loadSavedOutcome(savedId)
    : tabId === null
      ? missingTab()
      : sendRequest('extractTab', { tabId, trigger: 'later' })

function ReaderStory({ result }: { result: ArticleResult }) {
  const pageUrl = result.sources.find((source) => source.kind === 'page')?.url
  // A story opened from the reading list is saved already; a live one can be saved.
  const saveOps = useMemo(
    () => (pageUrl && savedId === null ? librarySaveOps(result, pageUrl) : undefined),
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

export function ReaderApp() {
  const { settings, change } = useReaderSettings()
  const { outcome, retry } = useOutcome(stored, fresh)
  const title = outcome?.kind === 'article' ? outcome.result.article.title : null

  useEffect(() => {
    document.title = title ? `${title} · Upstream reader` : 'Upstream reader'
  }, [title])

  return (
    <div class="reader" data-testid="reader" data-state={outcome?.kind ?? 'loading'}>
      <header class="reader__bar">
        <span class="reader__brand">
          <img src="/icons/icon-32.png" alt="" width="20" height="20" />
          Upstream
        </span>
        <ReaderControls settings={settings} onChange={change} />
      </header>
      <main class="reader__main" style={storyStyle(settings)}>
        <div class="reader__column">
          <OutcomeView
            outcome={outcome}
            onRetry={retry}
            renderArticle={(result) => <ReaderStory result={result} />}
          />
        </div>
      </main>
    </div>
  )
}
