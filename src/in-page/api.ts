/**
 * The contract between auto mode's small content script (src/content/) and the in-page reader
 * bundle (src/in-page/), which the background injects into the same isolated world only when
 * a page is to be shown as a story. The content script imports these types, never the bundle.
 */

export interface OpenOptions {
  /** The reader was closed by the reader itself ("Show original page", Escape). */
  onClosed: () => void
}

export type OpenResult =
  /** The story is on screen; whether the page is an aggregator's copy (for the badge). */
  | { shown: true; isAggregator: boolean }
  /** Extraction found no story after all; the page is left as it is. */
  | { shown: false; reason: string }

export interface InPageReaderApi {
  open(options: OpenOptions): Promise<OpenResult>
  /** Removes the reader and everything it added; the page is as it was. */
  close(): void
  isOpen(): boolean
}
