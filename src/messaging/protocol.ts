/**
 * The one typed protocol between extension contexts. Each entry names a request type, the
 * payload it carries and the value its handler resolves with; both ends infer their types from
 * this map, so a request and its response cannot disagree.
 */
import type { ExtractOutcome, ExtractTrigger } from './outcome.ts'

export interface Protocol {
  /**
   * Popup or reader → background: extract the story in this tab now. `trigger` says whether a
   * user gesture on that tab just granted access (the popup) or not (the reader's "Try again").
   */
  extractTab: { request: { tabId: number; trigger: ExtractTrigger }; response: ExtractOutcome }
  /** Reader → background: the last outcome for this tab, extracting again if none is stored. */
  getTabOutcome: { request: { tabId: number }; response: ExtractOutcome }
  /**
   * Popup → background: keep this outcome as the tab's last one (for the reader tab). The popup
   * runs its first extraction itself (src/popup/boot.ts) and hands the outcome over afterwards.
   */
  keepOutcome: { request: { outcome: ExtractOutcome }; response: { kept: true } }
  /** Popup → background: open (or focus) the reader tab for this tab. */
  openReader: { request: { tabId: number }; response: { readerTabId: number } }
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
