/**
 * Auto mode's content scripts, registered only for sites the user chose (reader mode) or, with
 * the opt-in, for every site (detect mode). They stay small. Reader mode decides from the page's
 * metadata and address alone whether it holds a story, and on a story asks the background to
 * inject the in-page reader, which extracts it (learning on the way whether it is a copy, for
 * the badge) and shows it in a shadow root. Detect mode runs core's quick detection when the
 * page is idle and only sets the badge. Neither carries Readability, DOMPurify or any UI.
 *
 * Timing: it runs at document_start, hides the page while it decides (reader mode, and only on
 * paths that can be stories), decides at DOMContentLoaded, and records its own main-thread work
 * as User Timing measures (`upstream:setup`, `upstream:decide`) that `npm run bench:auto` reads.
 */

import { IN_PAGE_READER_GLOBAL } from '../auto/files.ts'
import { LIST_PATH } from '../core/page-kind.ts'
import type { InPageReaderApi } from '../in-page/api.ts'
import { type Hider, hideWhileDeciding } from './hide-while-deciding.ts'
import { sendFromPage } from './send.ts'

export type AutoModeKind = 'reader' | 'detect'

/** A home page or a section/tag/archive path is never one story: do not hide those. */
function mightBeStory(url: URL): boolean {
  return url.pathname !== '/' && url.pathname !== '' && !LIST_PATH.test(url.pathname)
}

function whenParsed(callback: () => void): void {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', callback, { once: true })
  } else {
    callback()
  }
}

function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 2000 })
  else setTimeout(callback, 0)
}

function inPageReader(): InPageReaderApi | null {
  const api: unknown = Reflect.get(globalThis, IN_PAGE_READER_GLOBAL)
  return typeof api === 'object' && api !== null ? (api as InPageReaderApi) : null
}

function report(error: unknown): void {
  console.warn('Upstream auto mode:', error)
}

/** What a content script knows about its page when it decides. */
export interface PageVerdict {
  hasArticle: boolean
  /** null when not judged yet (reader mode learns it from the extraction it runs anyway). */
  isAggregator: boolean | null
}

export function startAutoMode(kind: AutoModeKind, judge: () => PageVerdict): void {
  const setupStart = performance.now()
  // Registered for top frames only; guard anyway against a second injection into one world.
  if (window.top !== window || Reflect.get(globalThis, '__upstreamAutoMode')) return
  Reflect.set(globalThis, '__upstreamAutoMode', kind)

  let hider: Hider | null =
    kind === 'reader' && mightBeStory(new URL(location.href)) ? hideWhileDeciding() : null
  // "Show original page" holds for this page until it is loaded again.
  let keepOriginal = false
  let decidedUrl = ''

  const showPage = (): void => {
    hider?.release()
    hider = null
  }

  const tellBadge = (verdict: { hasArticle: boolean; isAggregator: boolean }): void => {
    sendFromPage('reportPageVerdict', verdict).catch(report)
  }

  const openReader = async (): Promise<void> => {
    await sendFromPage('loadInPageReader', {})
    const api = inPageReader()
    if (!api) throw new Error('The in-page reader did not load.')
    const opened = await api.open({
      onClosed: () => {
        keepOriginal = true
      },
    })
    if (!opened.shown) console.info('Upstream auto mode:', opened.reason)
    tellBadge({
      hasArticle: opened.shown,
      isAggregator: opened.shown ? opened.isAggregator : false,
    })
  }

  const decide = (): void => {
    decidedUrl = location.href
    const start = performance.now()
    const verdict = judge()
    performance.measure('upstream:decide', { start, end: performance.now() })
    if (kind === 'reader' && verdict.hasArticle && !keepOriginal) {
      openReader().catch(report).finally(showPage)
      return
    }
    showPage()
    tellBadge({ hasArticle: verdict.hasArticle, isAggregator: verdict.isAggregator ?? false })
  }

  // Reader mode decides as soon as the document is parsed (the page is hidden meanwhile);
  // detection alone only sets a badge, so it waits until the page's own work is done.
  if (kind === 'reader') whenParsed(decide)
  else whenParsed(() => whenIdle(decide))

  // Single-page apps change the address without loading a page: close the reader (it shows
  // the previous story) and decide again once the new content has had a moment to render.
  const onAddressChange = (): void => {
    if (location.href === decidedUrl) return
    decidedUrl = location.href
    keepOriginal = false
    inPageReader()?.close()
    setTimeout(decide, 600)
  }
  window.addEventListener('popstate', onAddressChange)
  const navigation: unknown = Reflect.get(window, 'navigation')
  if (navigation instanceof EventTarget) {
    navigation.addEventListener('navigatesuccess', onAddressChange)
  }
  performance.measure('upstream:setup', { start: setupStart, end: performance.now() })
}
