/**
 * Builds the popup's script on its own, as ONE module (plus the chunks it loads on demand), and
 * writes the popup's styles into the popup's HTML.
 *
 * In the extension's main build the popup shares chunks with the reader and the background, so
 * opening it fetched five scripts and two stylesheets from the extension, each a request that
 * the popup's first render waited for (Chrome shows the popup only once its document has
 * loaded). Built apart, nothing is shared: one script, and styles inline (extension pages' CSP
 * restricts scripts only). The module is not named in the HTML: the boot script
 * (src/popup/boot.ts), a classic script of its own at the top of <head>, imports it, so that the
 * popup's load event, which Chrome waits for before it shows the popup, does not wait for it.
 */
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { POPUP_MAIN_FILE as MAIN_FILE } from '../src/popup/boot-channel.ts'
import { type NestedOutput, nestedBuild } from './nested-build.ts'

const POPUP_HTML = 'src/popup/index.html'
const ENTRY = 'src/popup/main.tsx'

function buildPopup(root: string): Promise<NestedOutput> {
  return nestedBuild(root, {
    modulePreload: false,
    rolldownOptions: {
      input: resolve(root, ENTRY),
      output: {
        format: 'es',
        entryFileNames: MAIN_FILE,
        chunkFileNames: 'assets/popup-[name]-[hash].js',
        assetFileNames: 'assets/popup-[name]-[hash][extname]',
      },
    },
  })
}

const text = (source: string | Uint8Array): string =>
  typeof source === 'string' ? source : new TextDecoder().decode(source)

export function popupBundle(root: string): Plugin {
  return {
    name: 'upstream:popup-bundle',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const html = bundle[POPUP_HTML]
      if (html?.type !== 'asset') throw new Error(`${POPUP_HTML} is not in the bundle`)
      const output = await buildPopup(root)
      const styles: string[] = []
      for (const file of output) {
        if (file.type === 'chunk') {
          this.emitFile({ type: 'asset', fileName: file.fileName, source: file.code })
        } else if (file.fileName.endsWith('.css')) {
          styles.push(
            text(file.source)
              .replace(/\/\*\$vite\$:\d+\*\/\s*$/, '')
              .trim(),
          )
        } else {
          this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source })
        }
      }
      if (!output.some((file) => file.fileName === MAIN_FILE)) {
        throw new Error(`The popup build produced no ${MAIN_FILE}`)
      }
      const head = styles.map((css) => `<style>${css}</style>`).join('\n    ')
      html.source = text(html.source).replace('  </head>', `    ${head}\n  </head>`)
    },
  }
}
