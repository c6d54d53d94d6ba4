/**
 * The injected extractor: built as one classic script (tools/extractor-plugin.ts) and run in the
 * page's isolated world by `scripting.executeScript` only after the user asked (activeTab).
 *
 * It defines one function on the isolated world's global; the background calls it in a second
 * `executeScript({ func })`, whose return value (plain JSON) is the reply. Nothing here touches
 * the live page: core clones the document before it changes anything.
 */
import { extract } from '../core/extract.ts'
import { EXTRACTOR_GLOBAL, type ExtractorReply } from '../messaging/extractor-reply.ts'
import { isVisible } from './visibility.ts'

function extractPage(): ExtractorReply {
  // Chrome shows a PDF in a viewer whose top document is an <embed> of the PDF; there is no
  // article markup to read.
  if (document.contentType === 'application/pdf') return { kind: 'pdf' }
  try {
    const result = extract(document, location.href, { isVisible })
    // A JSON round trip guarantees the reply is plain data (no DOM nodes, no prototypes), which
    // is what executeScript can carry back.
    return { kind: 'result', result: JSON.parse(JSON.stringify(result)) }
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) }
  }
}

// Assigning (not declaring) keeps the function reachable across executeScript calls, which
// share this isolated world for as long as the document lives.
Object.assign(globalThis, { [EXTRACTOR_GLOBAL]: extractPage })
