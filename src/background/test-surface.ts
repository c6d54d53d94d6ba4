/**
 * The tab actions, reachable from the background's own global scope as `upstreamActions`.
 * Browsers offer no way to press an extension shortcut or click a context-menu entry from a
 * test; after a real toolbar click (CDP Extensions.triggerAction, which grants activeTab), an
 * end-to-end test can run the very handlers those gestures run through `sw.evaluate`. Only code
 * running inside this worker can reach the global: web pages and other extensions cannot.
 */
import { copyOriginalLink, openReaderFor, saveTab, toggleReader } from './tab-actions.ts'

export function exposeTabActions(): void {
  Object.assign(globalThis, {
    upstreamActions: { toggleReader, openReaderFor, copyOriginalLink, saveTab },
  })
}
