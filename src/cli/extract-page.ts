import { extract } from '../core/extract.ts'
import type { ExtractionResult } from '../core/types.ts'
import { parseHtml } from './parse-html.ts'

/** Bytes of a saved page → the extraction result, as the extension would get it for that page. */
export function extractPage(bytes: Uint8Array, url: string): ExtractionResult {
  const doc = parseHtml(bytes, url)
  try {
    return extract(doc, url)
  } finally {
    // The result is plain data; free jsdom's window (and whatever a 10 MB page built) right away.
    doc.defaultView?.close()
  }
}
