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

/**
 * The last reply, kept while it still describes the page: a second click on an unchanged page
 * answers at once instead of extracting again. Any change to the page's DOM or address since
 * the extraction began drops it. A MutationObserver only watches (it never changes the page);
 * it disconnects itself at the first change, so a busy page costs one callback per extraction.
 * A new document (navigation, reload) starts with a new isolated world and so without a memo.
 */
let memo: { href: string; reply: ExtractorReply } | null = null
let watcher: MutationObserver | null = null

function forget(): void {
  memo = null
  watcher?.disconnect()
  watcher = null
}

function extractPageOnce(): ExtractorReply {
  if (watcher?.takeRecords().length) forget()
  if (memo && memo.href === location.href) return memo.reply
  forget()
  const href = location.href
  watcher = new MutationObserver(forget)
  watcher.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  })
  const reply = extractPage()
  // A change while extracting (already recorded, not yet delivered) counts as well.
  if (watcher?.takeRecords().length) forget()
  else if (watcher && reply.kind !== 'failed') memo = { href, reply }
  return reply
}

// Assigning (not declaring) keeps the function reachable across executeScript calls, which
// share this isolated world for as long as the document lives.
Object.assign(globalThis, { [EXTRACTOR_GLOBAL]: extractPageOnce })
