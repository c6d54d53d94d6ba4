/**
 * Inlines the popup's stylesheets into its HTML. Each `<link rel="stylesheet">` of an
 * extension page is a separate request that blocks the popup's first render and its scripts;
 * inline, the styles come with the document. (The files stay: the reader tab links them.)
 * Extension pages' default CSP restricts scripts only, so inline styles are allowed.
 */
import type { Plugin } from 'vite'

const POPUP_HTML = 'src/popup/index.html'
const STYLESHEET = /<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g

export function inlinePopupCss(): Plugin {
  return {
    name: 'upstream:inline-popup-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle[POPUP_HTML]
      if (html?.type !== 'asset' || typeof html.source !== 'string') {
        throw new Error(`${POPUP_HTML} is not in the bundle`)
      }
      html.source = html.source.replace(STYLESHEET, (link, file: string) => {
        const css = bundle[file]
        if (css?.type !== 'asset') throw new Error(`${link}: no such stylesheet in the bundle`)
        const text =
          typeof css.source === 'string' ? css.source : new TextDecoder().decode(css.source)
        return `<style>${text}</style>`
      })
    },
  }
}
