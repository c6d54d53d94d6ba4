/**
 * The toolbar popup: asks the background to extract the active tab's story (the click granted
 * activeTab) and shows it with its sources and actions, or the state that explains why not.
 */
// Inline (a data: URL): a picture fetched from the extension would hold back the popup's load
// event, which Chrome waits for before it shows the popup.
import brandIcon from '../../icons/icon-32.png?inline'
import { readReply, sendRequest } from '../messaging/client.ts'
import type { ArticleResult, ExtractOutcome } from '../messaging/outcome.ts'
import { OutcomeView } from '../shared-ui/outcome-view.tsx'
import { SourceLinks } from '../shared-ui/source-links.tsx'
import { StoryActions } from '../shared-ui/story-actions.tsx'
import { StoryView } from '../shared-ui/story-view.tsx'
import { errorOutcome, useOutcome } from '../shared-ui/use-outcome.ts'
import { useSettings } from '../shared-ui/use-settings.ts'
import { activeTabId } from './active-tab.ts'
import { popupBoot } from './boot-channel.ts'

const extractActiveTab = async () =>
  sendRequest('extractTab', { tabId: await activeTabId(), trigger: 'gesture' })

// The boot script (boot.ts) has usually sent the request already, often got the answer too.
const boot = popupBoot()

const firstLoad = boot
  ? () => boot.request.then(({ reply }) => readReply('extractTab', reply))
  : extractActiveTab

function bootOutcome(): ExtractOutcome | null {
  const settled = boot?.settled
  if (!settled) return null
  if (!settled.ok) return errorOutcome(settled.error)
  try {
    return readReply('extractTab', settled.answer.reply)
  } catch (error) {
    return errorOutcome(error)
  }
}

/** Read once, when the popup's bundle runs: the first render shows it without waiting. */
const initialOutcome = bootOutcome()

function PopupStory({ result, tabId }: { result: ArticleResult; tabId: number }) {
  const openReader = async () => {
    await sendRequest('openReader', { tabId })
    window.close()
  }
  return (
    <>
      <SourceLinks result={result} />
      <StoryActions result={result} onOpenReader={openReader} />
      <StoryView article={result.article} />
    </>
  )
}

export function PopupApp() {
  useSettings()
  const { outcome, retry } = useOutcome(firstLoad, extractActiveTab, initialOutcome)
  return (
    <div class="popup" data-testid="popup" data-state={outcome?.kind ?? 'loading'}>
      <header class="popup__bar">
        <img src={brandIcon} alt="" width="20" height="20" />
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
