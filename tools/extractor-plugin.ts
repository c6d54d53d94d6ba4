/**
 * Builds the scripts the extension injects into web pages, each as ONE classic script at the
 * root of the extension:
 * - `extractor.js` (src/extractor + core): run by `scripting.executeScript` after a click;
 * - `auto-reader.js`, `auto-detect.js` (src/content): auto mode's registered content scripts,
 *   small, with core's detection only;
 * - `in-page-reader.js` (src/in-page: core + Preact UI): injected by the background only when
 *   auto mode shows a story in the page;
 * - the popup's and the list page's boot scripts (src/popup/boot.ts, src/list/boot.ts), which
 *   their pages' HTML loads with a plain `<script src>` in its <head>; each starts its page's
 *   first request and then imports the page's bundle (see their boot-channel.ts).
 *
 * Why nested builds instead of ordinary entries: injected files run as classic scripts, so they
 * cannot `import` shared chunks, and crxjs's `?script` imports produce a loader that `import()`s
 * its chunk from the extension origin, which would force us to list that chunk in
 * `web_accessible_resources` and let every web page probe for the extension. An IIFE has no
 * imports and needs no web-accessible resources.
 */
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { AUTO_DETECT_FILE, AUTO_READER_FILE, IN_PAGE_READER_FILE } from '../src/auto/files.ts'
import { LIST_BOOT_FILE, LIST_MAIN_FILE } from '../src/list/boot-channel.ts'
import { EXTRACTOR_FILE } from '../src/messaging/extractor-reply.ts'
import { POPUP_BOOT_FILE, POPUP_MAIN_FILE } from '../src/popup/boot-channel.ts'
import { nestedBuild } from './nested-build.ts'

interface InjectedScript {
  entry: string
  fileName: string
  /** Specifiers left as written: files of the built extension the script imports at run time. */
  external?: readonly string[]
}

/**
 * The popup's boot script imports the popup's bundle by its address in the built extension
 * (src/popup/boot.ts): a file this build does not make, so it must not try to resolve it.
 */
export const POPUP_BOOT_EXTERNALS: readonly string[] = [`/${POPUP_MAIN_FILE}`]

/** The same for the list page's boot script and bundle (src/list/boot.ts). */
export const LIST_BOOT_EXTERNALS: readonly string[] = [`/${LIST_MAIN_FILE}`]

export const INJECTED_SCRIPTS: readonly InjectedScript[] = [
  { entry: 'src/extractor/index.ts', fileName: EXTRACTOR_FILE },
  { entry: 'src/content/auto-reader.ts', fileName: AUTO_READER_FILE },
  { entry: 'src/content/auto-detect.ts', fileName: AUTO_DETECT_FILE },
  { entry: 'src/in-page/index.tsx', fileName: IN_PAGE_READER_FILE },
  { entry: 'src/popup/boot.ts', fileName: POPUP_BOOT_FILE, external: POPUP_BOOT_EXTERNALS },
  { entry: 'src/list/boot.ts', fileName: LIST_BOOT_FILE, external: LIST_BOOT_EXTERNALS },
]

async function buildClassicScript(root: string, script: InjectedScript): Promise<string> {
  // Stylesheets come in as strings (`?inline`) and go into a shadow root, never a file.
  const outputs = await nestedBuild(root, {
    lib: {
      entry: resolve(root, script.entry),
      formats: ['iife'],
      name: 'upstreamInjected',
      fileName: () => script.fileName,
    },
    rolldownOptions: { external: [...(script.external ?? [])] },
  })
  const chunk = outputs.find((file) => file.type === 'chunk')
  if (chunk?.type !== 'chunk') throw new Error(`The build of ${script.entry} produced no script`)
  return chunk.code
}

export function extractorPlugin(root: string): Plugin {
  return {
    name: 'upstream:injected-scripts',
    apply: 'build',
    async generateBundle() {
      const codes = await Promise.all(
        INJECTED_SCRIPTS.map((script) => buildClassicScript(root, script)),
      )
      INJECTED_SCRIPTS.forEach((script, i) => {
        this.emitFile({ type: 'asset', fileName: script.fileName, source: codes[i] ?? '' })
      })
    },
  }
}
