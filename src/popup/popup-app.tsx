/**
 * The toolbar popup: shows the active tab's story with its sources and actions, or the state
 * that explains why not. Its boot script (boot.ts) has already run the extractor in the tab (the
 * click granted activeTab); "Try again" asks the background to extract afresh.
 */
import type { ComponentType } from 'preact'
import { useLayoutEffect, useMemo, useState } from 'preact/hooks'
// Inline (a data: URL): a picture fetched from the extension would hold back the popup's load
// event, which Chrome waits for before it shows the popup.
import brandIcon from '../../icons/icon-32.png?inline'
import { t } from '../i18n/t.ts'
import { sendRequest } from '../messaging/client.ts'
import type { ArticleResult, ExtractOutcome } from '../messaging/outcome.ts'
import { outcomeFromRun, restrictedByUrl } from '../messaging/outcome-from-run.ts'
import { safeHttpUrl } from '../shared/links.ts'
import { afterPresented } from '../shared-ui/after-paint.ts'
import { FIRST_SCREEN_CHARS } from '../shared-ui/first-screen.ts'
import { Icon } from '../shared-ui/icons.tsx'
import { librarySaveOps } from '../shared-ui/library-save-ops.ts'
import { OutcomeView } from '../shared-ui/outcome-view.tsx'
import { StoryView } from '../shared-ui/story-view.tsx'
import { errorOutcome, useOutcome } from '../shared-ui/use-outcome.ts'
import { useSettings } from '../shared-ui/use-settings.ts'
import { activeTabId } from './active-tab.ts'
import { type BootAnswer, popupBoot } from './boot-channel.ts'
import { PopupActions } from './popup-actions.tsx'
import { SourceLine } from './source-line.tsx'

const extractActiveTab = async () =>
  sendRequest('extractTab', { tabId: await activeTabId(), trigger: 'gesture' })

// The boot script (boot.ts) has usually run the extractor already, often got its answer too.
const boot = popupBoot()

function outcomeOfBoot({ tabId, pageUrl, at, run }: BootAnswer): ExtractOutcome {
  const base = { tabId, pageUrl, at }
  return restrictedByUrl(base) ?? outcomeFromRun(base, 'gesture', run)
}

/**
 * Hands the outcome to the background, which keeps it for the reader tab, once the story is on
 * screen: the message copies the whole story (and may have to start the background), and
 * nothing on screen waits for it.
 */
function keepAfterPaint(outcome: ExtractOutcome): ExtractOutcome {
  afterPresented().then(() =>
    sendRequest('keepOutcome', { outcome }).catch((error: unknown) => {
      console.warn('Upstream: the reader will extract again', error)
    }),
  )
  return outcome
}

const firstLoad = boot
  ? () => boot.request.then((answer) => keepAfterPaint(outcomeOfBoot(answer)))
  : extractActiveTab

function bootOutcome(): ExtractOutcome | null {
  const settled = boot?.settled
  if (!settled) return null
  if (!settled.ok) return errorOutcome(settled.error)
  return keepAfterPaint(outcomeOfBoot(settled.answer))
}

/** Read once, when the popup's bundle runs: the first render shows it without waiting. */
const initialOutcome = bootOutcome()

function openReaderFor(tabId: number) {
  return async () => {
    await sendRequest('openReader', { tabId })
    window.close()
  }
}

/**
 * The tab's address as the browser gave it, not the `page` source inside the result: that one
 * comes from the page itself, and it decides which site "Always open" asks for and which address
 * a save records.
 */
function pageUrlOf(outcome: { result: ArticleResult; pageUrl: string | null }): string | undefined {
  return (
    safeHttpUrl(outcome.pageUrl) ??
    outcome.result.sources.find((source) => source.kind === 'page')?.url
  )
}

interface StoryBarProps {
  result: ArticleResult
  tabId: number
  pageUrl: string | undefined
}

/** The story's actions, in the popup's bar so the story itself starts near the top. */
function StoryBarActions({ result, tabId, pageUrl }: StoryBarProps) {
  const saveOps = useMemo(() => {
    if (!pageUrl) return undefined
    const ops = librarySaveOps(result, pageUrl)
    // "Already saved?" loads the reading list's code (Dexie) and opens its database: not before
    // the story is on screen.
    return { ...ops, isSaved: () => afterPresented().then(ops.isSaved) }
  }, [result, pageUrl])
  return (
    <PopupActions
      result={result}
      pageUrl={pageUrl}
      onOpenReader={openReaderFor(tabId)}
      saveOps={saveOps}
    />
  )
}

function PopupStory({ result }: { result: ArticleResult }) {
  // For bench:popup's milestones: when the story went into the DOM, before its first frame.
  useLayoutEffect(() => {
    performance.mark('upstream:story-rendered')
  }, [])
  return (
    <>
      <SourceLine result={result} />
      <StoryView article={result.article} firstChars={FIRST_SCREEN_CHARS} />
    </>
  )
}

type Tab = 'page' | 'list'

export function PopupApp() {
  useSettings()
  const { outcome, retry } = useOutcome(firstLoad, extractActiveTab, initialOutcome)
  const [tab, setTab] = useState<Tab>('page')
  // The list (and IndexedDB code) loads only when its tab is opened: the story paints first.
  const [ListTab, setListTab] = useState<ComponentType | null>(null)
  const toggleList = () => {
    if (tab === 'list') {
      setTab('page')
      return
    }
    setTab('list')
    if (!ListTab) import('./popup-list.tsx').then((m) => setListTab(() => m.PopupList))
  }
  const story = tab === 'page' && outcome?.kind === 'article' ? outcome : null
  return (
    <div class="popup" data-testid="popup" data-state={outcome?.kind ?? 'loading'}>
      <header class="popup__bar">
        <img class="popup__logo" src={brandIcon} alt={t('extName')} width="20" height="20" />
        {story && (
          <StoryBarActions result={story.result} tabId={story.tabId} pageUrl={pageUrlOf(story)} />
        )}
        <button
          type="button"
          class="button button--quiet popup__list-toggle"
          aria-pressed={tab === 'list'}
          onClick={toggleList}
          data-testid="tab-list"
        >
          <Icon name={tab === 'list' ? 'back' : 'list'} />
          <span class="button__label">
            {tab === 'list' ? t('popupThisPage') : t('popupReadingList')}
          </span>
        </button>
      </header>
      <main class="popup__main">
        {tab === 'list' ? (
          <>
            <h1 class="popup__heading">{t('popupReadingList')}</h1>
            {ListTab ? <ListTab /> : <p>{t('popupLoadingList')}</p>}
          </>
        ) : (
          <OutcomeView
            outcome={outcome}
            onRetry={retry}
            renderArticle={(result) => <PopupStory result={result} />}
          />
        )}
      </main>
    </div>
  )
}
