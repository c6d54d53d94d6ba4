/**
 * The toolbar popup: asks the background to extract the active tab's story (the click granted
 * activeTab) and shows it with its sources and actions, or the state that explains why not.
 */
import type { ComponentType } from 'preact'
import { useMemo, useState } from 'preact/hooks'
import { sendRequest } from '../messaging/client.ts'
import type { ArticleResult } from '../messaging/outcome.ts'
import { librarySaveOps } from '../shared-ui/library-save-ops.ts'
import { OutcomeView } from '../shared-ui/outcome-view.tsx'
import { SourceLinks } from '../shared-ui/source-links.tsx'
import { StoryActions } from '../shared-ui/story-actions.tsx'
import { StoryView } from '../shared-ui/story-view.tsx'
import { useOutcome } from '../shared-ui/use-outcome.ts'
import { useSettings } from '../shared-ui/use-settings.ts'
import { activeTabId } from './active-tab.ts'
import { AlwaysOpen } from './always-open.tsx'

const extractActiveTab = async () =>
  sendRequest('extractTab', { tabId: await activeTabId(), trigger: 'gesture' })

function PopupStory({ result, tabId }: { result: ArticleResult; tabId: number }) {
  const openReader = async () => {
    await sendRequest('openReader', { tabId })
    window.close()
  }
  const pageUrl = result.sources.find((source) => source.kind === 'page')?.url
  const saveOps = useMemo(
    () => (pageUrl ? librarySaveOps(result, pageUrl) : undefined),
    [result, pageUrl],
  )
  return (
    <>
      <SourceLinks result={result} />
      <StoryActions result={result} onOpenReader={openReader} saveOps={saveOps} />
      <AlwaysOpen pageUrl={pageUrl} />
      <StoryView article={result.article} />
    </>
  )
}

type Tab = 'page' | 'list'

export function PopupApp() {
  useSettings()
  const { outcome, retry } = useOutcome(extractActiveTab, extractActiveTab)
  const [tab, setTab] = useState<Tab>('page')
  // The list (and IndexedDB code) loads only when its tab is opened: the story paints first.
  const [ListTab, setListTab] = useState<ComponentType | null>(null)
  const showList = () => {
    setTab('list')
    if (!ListTab) import('./popup-list.tsx').then((m) => setListTab(() => m.PopupList))
  }
  return (
    <div class="popup" data-testid="popup" data-state={outcome?.kind ?? 'loading'}>
      <header class="popup__bar">
        <img src="/icons/icon-32.png" alt="" width="20" height="20" />
        <span class="popup__brand">Upstream</span>
        <nav class="popup__tabs" aria-label="Views">
          <button
            type="button"
            class="popup__tab"
            aria-pressed={tab === 'page'}
            onClick={() => setTab('page')}
            data-testid="tab-page"
          >
            This page
          </button>
          <button
            type="button"
            class="popup__tab"
            aria-pressed={tab === 'list'}
            onClick={showList}
            data-testid="tab-list"
          >
            Reading list
          </button>
        </nav>
      </header>
      <main class="popup__main">
        {tab === 'list' ? (
          ListTab ? (
            <ListTab />
          ) : (
            <p>Loading…</p>
          )
        ) : (
          <OutcomeView
            outcome={outcome}
            onRetry={retry}
            renderArticle={(result, tabId) => <PopupStory result={result} tabId={tabId} />}
          />
        )}
      </main>
    </div>
  )
}
