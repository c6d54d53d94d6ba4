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

export function extractorPlugin(root: string): Plugin {
  return {
    name: 'upstream:extractor',
    apply: 'build',
    async generateBundle() {
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
          lib: {
            entry: resolve(root, 'src/extractor/index.ts'),
            formats: ['iife'],
            name: 'upstreamExtractor',
            fileName: () => EXTRACTOR_FILE,
          },
        },
      })
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
        'output' in r ? r.output : [],
      )
      const chunk = outputs.find((file) => file.type === 'chunk')
      if (chunk?.type !== 'chunk') throw new Error('The extractor build produced no script')
      this.emitFile({ type: 'asset', fileName: EXTRACTOR_FILE, source: chunk.code })
    },
  }
}
