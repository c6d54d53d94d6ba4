/**
 * Builds an extension page's script on its own, as ONE module (plus the chunks it loads on
 * demand), and writes it and the page's styles into the page's HTML.
 *
 * In the extension's main build, pages share chunks with each other and with the background, so
 * opening a page fetched several scripts and stylesheets from the extension, each a request its
 * first render waited for (and Chrome shows a popup only once its document has loaded). Built
 * apart, nothing is shared: one script, and styles inline (extension pages' CSP restricts
 * scripts only). Classic boot scripts named in the page's HTML (src/popup/boot.ts,
 * src/list/boot.ts) stay files of their own at the top of <head>.
 */
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { type NestedOutput, nestedBuild } from './nested-build.ts'

export interface BundledPage {
  /** Short name, used for the built files: assets/<name>.js. */
  name: string
  /** The page's HTML, relative to the project root; it names no script of its own. */
  html: string
  /** Its script. */
  entry: string
  /** Whether the HTML loads the script (false: the page's boot script imports it). */
  scriptTag: boolean
  /**
   * For a script the boot script imports: `<link rel="modulepreload">` the script and the
   * chunks it imports statically, so that they are fetched and compiled while the boot script
   * runs and the HTML is parsed, instead of one after the other once the boot script asks for
   * them. A preload does not hold back the page's load event (checked in Chromium with a
   * 10 MB module), so Chrome still shows the popup as early.
   */
  preload?: boolean
}

function buildPage(root: string, page: BundledPage): Promise<NestedOutput> {
  return nestedBuild(root, {
    modulePreload: false,
    rolldownOptions: {
      input: resolve(root, page.entry),
      output: {
        format: 'es',
        entryFileNames: `assets/${page.name}.js`,
        chunkFileNames: `assets/${page.name}-[name]-[hash].js`,
        assetFileNames: `assets/${page.name}-[name]-[hash][extname]`,
      },
    },
  })
}

const text = (source: string | Uint8Array): string =>
  typeof source === 'string' ? source : new TextDecoder().decode(source)

export function pageBundle(root: string, page: BundledPage): Plugin {
  const mainFile = `assets/${page.name}.js`
  return {
    name: `upstream:page-bundle:${page.name}`,
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const html = bundle[page.html]
      if (html?.type !== 'asset') throw new Error(`${page.html} is not in the bundle`)
      const output = await buildPage(root, page)
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
      const main = output.find((file) => file.fileName === mainFile)
      if (main?.type !== 'chunk') throw new Error(`The ${page.name} build produced no ${mainFile}`)
      const preloads = page.preload ? [mainFile, ...main.imports] : []
      const head = [
        ...styles.map((css) => `<style>${css}</style>`),
        ...preloads.map((file) => `<link rel="modulepreload" href="/${file}" />`),
        ...(page.scriptTag ? [`<script type="module" src="/${mainFile}"></script>`] : []),
      ].join('\n    ')
      // A function, so that "$&" or "$'" in a stylesheet is not read as a replacement pattern.
      html.source = text(html.source).replace('  </head>', () => `    ${head}\n  </head>`)
    },
  }
}
