import { JSDOM, VirtualConsole } from 'jsdom'

/**
 * Parses a saved page the way a browser would read it: from bytes, so jsdom sniffs the charset
 * (BOM, `<meta charset>`, http-equiv) instead of assuming UTF-8. Scripts never run and no
 * sub-resource is fetched (jsdom's defaults), so a hostile page stays inert.
 */
export function parseHtml(input: Uint8Array | string, url: string): Document {
  // A silent console: real pages are full of CSS jsdom cannot parse, and that noise is not ours.
  const virtualConsole = new VirtualConsole()
  const bytes = typeof input === 'string' ? input : Buffer.from(input)
  const dom = new JSDOM(bytes, { url, contentType: 'text/html', virtualConsole })
  return dom.window.document
}
