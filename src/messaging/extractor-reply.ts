/**
 * What the injected extractor (`src/extractor/`) hands back through `scripting.executeScript`.
 * It is plain JSON; the background still validates it, because it was produced inside a web page.
 */
import type { ExtractionResult } from '../core/types.ts'

/** The extractor bundle's file name in the built extension (see tools/extractor-plugin.ts). */
export const EXTRACTOR_FILE = 'extractor.js'

/** The global the extractor bundle defines in the page's isolated world. */
export const EXTRACTOR_GLOBAL = '__upstreamExtract'

export type ExtractorReply =
  | { kind: 'result'; result: ExtractionResult }
  /** The tab shows a document an article cannot come from (a PDF in Chrome's viewer). */
  | { kind: 'pdf' }
  | { kind: 'failed'; message: string }
