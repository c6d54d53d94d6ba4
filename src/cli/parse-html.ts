import { createRequire } from 'node:module'
import { JSDOM, VirtualConsole } from 'jsdom'

// jsdom's own sniffer (BOM, then the spec's <meta> prescan of the first 1024 bytes), loaded from
// jsdom's location so it is the very copy jsdom runs: "declared" then means exactly what jsdom
// will honour. It is untyped, hence the local signature. With `defaultEncoding: null` it reports
// "nothing declared" instead of silently answering windows-1252.
const requireFromJsdom = createRequire(createRequire(import.meta.url).resolve('jsdom'))
const sniffDeclaredEncoding = requireFromJsdom('html-encoding-sniffer') as (
  bytes: Uint8Array,
  options: { defaultEncoding: null },
) => string | null

// Matches an unterminated <style> too: the HTML parser reads it as CSS up to the end of input.
const STYLE_BLOCK = /<style(?=[\s/>])[^>]*>[\s\S]*?(?:<\/style\s*>|$)/gi

/**
 * Parses a saved page the way a browser would read it: from bytes, so the charset is sniffed
 * (BOM, `<meta charset>`, http-equiv) instead of assumed. Scripts never run and no sub-resource
 * is fetched (jsdom's defaults), so a hostile page stays inert.
 */
export function parseHtml(input: Uint8Array | string, url: string): Document {
  const { source, encoding } =
    typeof input === 'string' ? { source: input, encoding: 'UTF-8' } : sniff(input)
  try {
    return build(source, url)
  } catch (error) {
    // jsdom parses <style> while building the tree and throws on CSS a browser would just skip
    // (e.g. un-compiled SCSS). Styles play no part in extraction, so try once without them.
    try {
      const text = typeof source === 'string' ? source : new TextDecoder(encoding).decode(source)
      return build(text.replace(STYLE_BLOCK, ''), url)
    } catch {
      throw error
    }
  }
}

/** What to hand jsdom (bytes it decodes itself, or an already-decoded string), and the charset. */
function sniff(bytes: Uint8Array): { source: Buffer | string; encoding: string } {
  const declared = sniffDeclaredEncoding(bytes, { defaultEncoding: null })
  // A declaration wins, as in a browser; jsdom decodes legacy charsets (Shift_JIS…) from bytes.
  if (declared) return { source: Buffer.from(bytes), encoding: declared }
  // Undeclared: jsdom would assume windows-1252, but saved pages are overwhelmingly UTF-8 and
  // legacy text is almost never valid UTF-8 by accident, so valid UTF-8 is read as UTF-8 (the
  // content-based guess the encoding-sniffing spec permits).
  try {
    return { source: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' }
  } catch {
    return { source: Buffer.from(bytes), encoding: 'windows-1252' }
  }
}

function build(source: Buffer | string, url: string): Document {
  // A silent console: real pages are full of CSS jsdom cannot parse, and that noise is not ours.
  const virtualConsole = new VirtualConsole()
  return new JSDOM(source, { url, contentType: 'text/html', virtualConsole }).window.document
}
