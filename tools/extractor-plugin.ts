/**
 * Builds the injected extractor (`src/extractor/index.ts` + core) as ONE classic script and adds
 * it to the extension as `extractor.js`.
 *
 * Why a nested build instead of an ordinary entry: `scripting.executeScript({ files })` runs a
 * file as a classic script, so it cannot `import` shared chunks, and crxjs's `?script` imports
 * produce a loader that `import()`s its chunk from the extension origin, which would force us to
 * list that chunk in `web_accessible_resources` and let every web page probe for the extension.
 * An IIFE has no imports and needs no web-accessible resources.
 */
import { resolve } from 'node:path'
import { build, type Plugin } from 'vite'
import { EXTRACTOR_FILE } from '../src/messaging/extractor-reply.ts'
import { POPUP_BOOT_FILE } from '../src/popup/boot-channel.ts'

/**
 * The classic scripts built this way: the extractor, and the popup's boot script, which the
 * popup's HTML loads with a plain `<script src>` in its <head> so that it runs before the
 * popup's module bundle (see src/popup/boot-channel.ts).
 */
const CLASSIC_SCRIPTS = [
  { entry: 'src/extractor/index.ts', fileName: EXTRACTOR_FILE, name: 'upstreamExtractor' },
  { entry: 'src/popup/boot.ts', fileName: POPUP_BOOT_FILE, name: 'upstreamPopupBoot' },
]

async function buildClassicScript(root: string, entry: string, name: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      write: false,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: resolve(root, entry), formats: ['iife'], name, fileName: () => name },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
    'output' in r ? r.output : [],
  )
  const chunk = outputs.find((file) => file.type === 'chunk')
  if (chunk?.type !== 'chunk') throw new Error(`The build of ${entry} produced no script`)
  return chunk.code
}

export function extractorPlugin(root: string): Plugin {
  return {
    name: 'upstream:extractor',
    apply: 'build',
    async generateBundle() {
      const built = await Promise.all(
        CLASSIC_SCRIPTS.map(async ({ entry, fileName, name }) => ({
          fileName,
          source: await buildClassicScript(root, entry, name),
        })),
      )
      for (const { fileName, source } of built) this.emitFile({ type: 'asset', fileName, source })
    },
  }
}
