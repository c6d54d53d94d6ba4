/**
 * A small tokenizer for the few tags the Pocket HTML importer reads. Not an HTML parser: it
 * finds `<h1>…</h1>` and `<a …>…</a>` and reads their attributes, which is all Pocket's flat
 * export contains, and it runs where there is no DOM (Node tests).
 *
 * One left-to-right pass that never backs up, as a browser's tokenizer reads: a quoted value may
 * hold `<` or `>`, and a tag or quote left open runs to the end of the file. A regex that
 * retried at every `<a` would instead cost quadratic time on a hostile file of unclosed tags.
 */
import { decodeEntities } from './entities.ts'

export type Token =
  | { kind: 'heading'; text: string }
  | { kind: 'link'; attrs: Map<string, string>; text: string }

const TAG_NAME = /<(\/?)([A-Za-z][A-Za-z0-9]*)/y
const TAG_END = /[>"']/g
const ATTR = /([^\s=>"'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g
const INNER_TAG = /<\/?[A-Za-z][^<>]*>/g

interface Open {
  kind: 'a' | 'h1'
  attrs: Map<string, string>
  textStart: number
}

export function* tokens(html: string): Generator<Token> {
  let open: Open | null = null
  let at = 0
  while (at < html.length) {
    const lt = html.indexOf('<', at)
    if (lt < 0) break
    if (html.startsWith('<!--', lt)) {
      // Comments could hide fake links; their content is skipped whole.
      const close = html.indexOf('-->', lt + 4)
      at = close < 0 ? html.length : close + 3
      continue
    }
    TAG_NAME.lastIndex = lt
    const name = TAG_NAME.exec(html)
    if (!name) {
      at = lt + 1
      continue
    }
    const attrsStart = lt + name[0].length
    const gt = tagEnd(html, attrsStart)
    if (gt < 0) break
    const closing = name[1] === '/'
    const tag = (name[2] ?? '').toLowerCase()
    if (tag === 'a' || tag === 'h1') {
      // A new <a> or <h1> ends an element left open, as the browser's tree builder would.
      if (open && (!closing || open.kind === tag)) {
        yield finish(open, html.slice(open.textStart, lt))
        open = null
      }
      if (!closing) {
        open = { kind: tag, attrs: attributes(html.slice(attrsStart, gt)), textStart: gt + 1 }
      }
    }
    at = gt + 1
  }
  if (open) yield finish(open, html.slice(open.textStart))
}

/** Index of the `>` closing a tag whose attributes start at `from`; -1 if the file ends first. */
function tagEnd(html: string, from: number): number {
  TAG_END.lastIndex = from
  for (;;) {
    const hit = TAG_END.exec(html)
    if (!hit) return -1
    if (hit[0] === '>') return hit.index
    const close = html.indexOf(hit[0], hit.index + 1)
    if (close < 0) return -1
    TAG_END.lastIndex = close + 1
  }
}

function finish(open: Open, inner: string): Token {
  const text = innerText(inner)
  return open.kind === 'h1' ? { kind: 'heading', text } : { kind: 'link', attrs: open.attrs, text }
}

/** Attribute names lowercased; the first of a repeated name wins, as in HTML. */
export function attributes(text: string): Map<string, string> {
  const attrs = new Map<string, string>()
  for (const [, name, double, single, bare] of text.matchAll(ATTR)) {
    if (name === undefined) continue
    const key = name.toLowerCase()
    if (!attrs.has(key)) attrs.set(key, decodeEntities(double ?? single ?? bare ?? ''))
  }
  return attrs
}

/** Markup inside the element dropped (kept as text only when escaped), references decoded. */
function innerText(html: string): string {
  return decodeEntities(html.replace(INNER_TAG, ''))
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
}
