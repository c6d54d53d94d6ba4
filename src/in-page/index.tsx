/**
 * The in-page reader bundle, injected by the background (scripting.executeScript) into the
 * isolated world of auto mode's content script, only on story pages of the user's reader
 * sites. It extracts the story (core: the live page is only read, a clone is cleaned) and shows
 * it in a shadow root, so the page's CSS cannot reach it and ours cannot reach the page.
 * Closing removes the one element it added: the page is exactly as it was.
 */
import { render } from 'preact'
import { IN_PAGE_READER_GLOBAL } from '../auto/files.ts'
import { extract } from '../core/extract.ts'
import { applyUiLanguage } from '../i18n/t.ts'
import { type ArticleResult, hasArticle } from '../messaging/outcome.ts'
import readerCss from '../reader/reader.css?inline'
import storyCss from '../shared-ui/story.css?inline'
import themeCss from '../shared-ui/theme.css?inline'
import type { InPageReaderApi, OpenOptions, OpenResult } from './api.ts'
import inPageCss from './in-page.css?inline'
import { InPageReaderApp } from './in-page-reader-app.tsx'
import { ROOT_CLASS, toShadowCss } from './shadow-css.ts'

interface Mounted {
  host: HTMLElement
  container: HTMLElement
  onKey: (event: KeyboardEvent) => void
  options: OpenOptions
}

let mounted: Mounted | null = null

function close(): void {
  if (!mounted) return
  const { host, container, onKey, options } = mounted
  mounted = null
  document.removeEventListener('keydown', onKey, true)
  render(null, container)
  host.remove()
  options.onClosed()
}

function mount(result: ArticleResult, options: OpenOptions): void {
  // A custom element name no page styles on purpose.
  const host = document.createElement('upstream-reader')
  // Open, not closed: the page could read it, but it holds nothing the page does not already
  // have (its own story); closed would only hide it from tests and assistive tools.
  const shadow = host.attachShadow({ mode: 'open' })
  const style = document.createElement('style')
  style.textContent = toShadowCss(themeCss + storyCss + readerCss) + inPageCss
  const container = document.createElement('div')
  container.className = ROOT_CLASS
  container.tabIndex = -1
  // The reader's own words in the browser's language and direction; the story keeps its own.
  applyUiLanguage(container)
  shadow.append(style, container)

  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return
    // Escape first closes an open settings panel; only a second Escape leaves the reader.
    if (event.composedPath().some((el) => el instanceof HTMLDetailsElement && el.open)) return
    event.stopPropagation()
    close()
  }
  document.addEventListener('keydown', onKey, true)
  mounted = { host, container, onKey, options }

  render(<InPageReaderApp result={result} root={container} onShowOriginal={close} />, container)
  document.documentElement.append(host)
  // The top layer puts the reader above anything the page stacks with z-index.
  if (typeof host.showPopover === 'function') {
    host.popover = 'manual'
    host.showPopover()
  }
  // Keyboard scrolling (space, arrows) works from the start.
  container.focus({ preventScroll: true })
  // The frame after the next animation frame has painted the story: `npm run bench:auto` reads
  // this mark (its time is from navigation start).
  requestAnimationFrame(() => setTimeout(() => performance.mark('upstream:reader-painted'), 0))
}

let shownIsAggregator = false

async function open(options: OpenOptions): Promise<OpenResult> {
  if (mounted) return { shown: true, isAggregator: shownIsAggregator }
  const result = extract(document, location.href)
  if (!hasArticle(result)) {
    return { shown: false, reason: result.noArticleReason ?? 'No story was found on this page.' }
  }
  mount(result, options)
  shownIsAggregator = result.isAggregator
  return { shown: true, isAggregator: result.isAggregator }
}

const api: InPageReaderApi = { open, close, isOpen: () => mounted !== null }

Object.assign(globalThis, { [IN_PAGE_READER_GLOBAL]: api })
