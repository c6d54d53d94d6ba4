/**
 * The one typed protocol between extension contexts. Each entry names a request type, the
 * payload it carries and the value its handler resolves with; both ends infer their types from
 * this map, so a request and its response cannot disagree.
 */
import type { SaveKind } from '../library/save.ts'
import type { ArticleResult, ExtractOutcome, ExtractTrigger } from './outcome.ts'

export interface Protocol {
  /**
   * Popup or reader → background: extract the story in this tab now. `trigger` says whether a
   * user gesture on that tab just granted access (the popup) or not (the reader's "Try again").
   */
  extractTab: { request: { tabId: number; trigger: ExtractTrigger }; response: ExtractOutcome }
  /**
   * Reader → background: the last outcome stored for this tab (null when none is: the tab was
   * closed, the session ended, storage was full), and whether the tab is still open, so the
   * reader extracts again only where that can work.
   */
  getTabOutcome: {
    request: { tabId: number }
    response: { outcome: ExtractOutcome | null; sourceOpen: boolean }
  }
  /**
   * Popup → background: keep this outcome as the tab's last one (for the reader tab). The popup
   * runs its first extraction itself (src/popup/boot.ts) and hands the outcome over afterwards.
   */
  keepOutcome: { request: { outcome: ExtractOutcome }; response: { kept: true } }
  /** Popup → background: open (or focus) the reader tab for this tab. */
  openReader: { request: { tabId: number }; response: { readerTabId: number } }
  /**
   * Options page or popup → background: the auto reader rules or the granted access changed;
   * bring the registered content scripts in line. Answers with how many are registered.
   */
  syncAutoMode: { request: Record<string, never>; response: { registered: number } }
  /** Auto-mode content script → background: what it found on its page, for the toolbar badge. */
  reportPageVerdict: {
    request: { isAggregator: boolean; hasArticle: boolean }
    response: { shown: boolean }
  }
  /**
   * Auto-mode content script → background: this page is a story on a reader site; inject the
   * in-page reader (core + UI) into the sender's frame. Core loads only when it will be used.
   */
  loadInPageReader: { request: Record<string, never>; response: { loaded: boolean } }
  /**
   * In-page reader → background: save this story (the page's own extraction, so it is
   * validated and its HTML is sanitized again whenever it is shown).
   */
  saveStory: { request: { result: ArticleResult }; response: { saved: SaveKind; message: string } }
  /** In-page reader → background: is this story in the reading list already? */
  isStorySaved: { request: { result: ArticleResult }; response: { saved: boolean } }
}

export type RequestType = keyof Protocol

export type RequestOf<K extends RequestType> = { type: K } & Protocol[K]['request']

export type ResponseOf<K extends RequestType> = Protocol[K]['response']

/** Every request message, as a discriminated union on `type`. */
export type RequestMessage = { [K in RequestType]: RequestOf<K> }[RequestType]

/**
 * Handlers answer with a Reply rather than throwing: an Error does not survive the trip through
 * `runtime.sendMessage` the same way in Chrome and Firefox, a plain object does.
 */
export type Reply<K extends RequestType> =
  | { ok: true; value: ResponseOf<K> }
  | { ok: false; error: string }
