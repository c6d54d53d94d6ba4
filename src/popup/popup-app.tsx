/**
 * The toolbar popup: asks the background to extract the active tab's story (the click granted
 * activeTab) and shows it with its sources and actions, or the state that explains why not.
 */
import { sendRequest } from '../messaging/client.ts'
import type { ArticleResult } from '../messaging/outcome.ts'
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
  return (
    <>
      <SourceLinks result={result} />
      <StoryActions result={result} onOpenReader={openReader} />
      <AlwaysOpen pageUrl={result.sources.find((source) => source.kind === 'page')?.url} />
      <StoryView article={result.article} />
    </>
  )
}

export function PopupApp() {
  useSettings()
  const { outcome, retry } = useOutcome(extractActiveTab, extractActiveTab)
  return (
    <div class="popup" data-testid="popup" data-state={outcome?.kind ?? 'loading'}>
      <header class="popup__bar">
        <img src="/icons/icon-32.png" alt="" width="20" height="20" />
        <span class="popup__brand">Upstream</span>
      </header>
      <main class="popup__main">
        <OutcomeView
          outcome={outcome}
          onRetry={retry}
          renderArticle={(result, tabId) => <PopupStory result={result} tabId={tabId} />}
        />
      </main>
    </div>
  )
}
