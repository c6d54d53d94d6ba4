/**
 * Auto mode's content script, registered only for sites the user chose (reader mode) or, with
 * the opt-in, for every site (detect mode). It stays small: core's detection only (no
 * Readability, no DOMPurify, no UI). On a story page of a reader site it asks the background to
 * inject the in-page reader, which extracts the story and shows it in a shadow root.
 *
 * Timing: it runs at document_start, hides the page while it decides (reader mode, and only on
 * paths that can be stories), decides at DOMContentLoaded, and records its own main-thread work
 * as User Timing measures (`upstream:setup`, `upstream:decide`) that `npm run bench:auto` reads.
 */

import { IN_PAGE_READER_GLOBAL } from '../auto/files.ts'
import { quickDetect } from '../core/detect.ts'
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

function inPageReader(): InPageReaderApi | null {
  const api: unknown = Reflect.get(globalThis, IN_PAGE_READER_GLOBAL)
  return typeof api === 'object' && api !== null ? (api as InPageReaderApi) : null
}

function report(error: unknown): void {
  console.warn('Upstream auto mode:', error)
}

export function startAutoMode(kind: AutoModeKind): void {
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
  }

  const decide = (): void => {
    decidedUrl = location.href
    const start = performance.now()
    const detection = quickDetect(document, location.href)
    performance.measure('upstream:decide', { start, end: performance.now() })
    sendFromPage('reportPageVerdict', {
      isAggregator: detection.isAggregator,
      hasArticle: detection.hasArticle,
    }).catch(report)
    if (kind !== 'reader' || !detection.hasArticle || keepOriginal) {
      showPage()
      return
    }
    openReader().catch(report).finally(showPage)
  }

  whenParsed(decide)

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
