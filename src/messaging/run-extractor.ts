/**
 * Runs the injected extractor in a tab through `scripting.executeScript`, from any extension
 * context that holds the tab's activeTab grant: the background, or the popup's boot script,
 * which must stay small and so takes the browser's own `scripting` object (no polyfill).
 */
import { EXTRACTOR_FILE, EXTRACTOR_GLOBAL } from './extractor-reply.ts'

/** The part of `scripting` used here; both browsers' MV3 APIs and the polyfill fit it. */
export interface ScriptingApi {
  executeScript(
    injection:
      | { target: { tabId: number }; files: string[] }
      | { target: { tabId: number }; func: (globalName: string) => unknown; args: [string] },
  ): Promise<{ result?: unknown; error?: unknown }[]>
}

/**
 * What running the extractor came to: its reply (untrusted: it was built inside the page, see
 * outcomeFromRun) or the message of the error executeScript threw.
 */
export type ExtractorRun = { reply: unknown } | { error: string }

/** Runs in the page's isolated world, so it must be self-contained (it is serialised). */
function callExtractor(globalName: string): unknown {
  const fn: unknown = Reflect.get(globalThis, globalName)
  return typeof fn === 'function' ? fn() : null
}

export async function runExtractor(scripting: ScriptingApi, tabId: number): Promise<ExtractorRun> {
  try {
    // The file defines the extractor, the function calls it and returns its JSON (a file's own
    // completion value is not a dependable way to return a result). The isolated world keeps
    // the extractor for as long as the document lives, so the function is tried first: on a
    // page read before, that is one round trip, without loading and compiling the file again.
    const call = () =>
      scripting.executeScript({ target: { tabId }, func: callExtractor, args: [EXTRACTOR_GLOBAL] })
    let [frame] = await call()
    if (frame?.result === null || frame?.result === undefined) {
      // From the extension's root: Firefox resolves a relative path against the calling page
      // (the popup lives in src/popup/), and reports a file it cannot load in the frame's
      // result rather than by throwing.
      const [injected] = await scripting.executeScript({
        target: { tabId },
        files: [`/${EXTRACTOR_FILE}`],
      })
      if (injected?.error !== undefined) return { error: String(injected.error) }
      ;[frame] = await call()
    }
    return { reply: frame?.result }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}
