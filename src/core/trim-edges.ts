/**
 * Lines at the edges of the extracted story that are page metadata, not story: the byline and
 * "Published … Updated …" stamps above the first paragraph (the reader shows them in its
 * header already), "Share / Print / Text size" tools, and closing "Follow us on …" or
 * "© 2019 … All rights reserved" lines. Only short blocks at the very start or end are looked
 * at, so a sentence in the middle of the story that mentions a date is never touched.
 */
import { normalizeSpace } from './text.ts'

const LEADING = [
  /^(by|von|por|par|di|door)\s+\S.{0,80}$/iu,
  /\b(published|updated|posted|last (updated|modified)|publicado|atualizado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato)\b.{0,120}\d/i,
  /^(share|print|email|e-mail|order reprints|text size|view author archive|email the author|follow on (twitter|x)|save|listen( to (this|the) (article|story))?|comments?|read later|\d+ min(ute)?s? read)(\s|$|[:|·])/i,
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b.{0,60}$/i,
  /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b.{0,60}$/,
]

const TRAILING = [
  /^(follow|like) (us|\S+) on (twitter|x|facebook|instagram|tiktok|linkedin|youtube)\b.{0,120}$/i,
  /^(©|\(c\)|copyright)\s?\d{4}\b.{0,160}$/i,
  /\ball rights reserved\.?$/i,
]

// A block this long with sentence punctuation is story text: trimming stops there.
const STORY_LINE = 160

function blocks(root: Element): Element[] {
  // Leaf-most blocks: paragraphs and headings, and divs that hold text directly.
  return [...root.querySelectorAll('p, h1, h2, h3, h4, h5, h6, div, li, time, span')].filter(
    (el) =>
      !el.querySelector(
        'p, div, li, h1, h2, h3, h4, h5, h6, figure, img, table, ul, ol, blockquote',
      ),
  )
}

function trimFrom(list: Element[], patterns: RegExp[]): number {
  let removed = 0
  for (const el of list) {
    const text = normalizeSpace(el.textContent ?? '')
    if (!text) continue
    if (text.length >= STORY_LINE) break
    if (!patterns.some((p) => p.test(text))) break
    el.remove()
    removed++
  }
  return removed
}

export function trimEdges(root: Element): number {
  const list = blocks(root)
  let removed = trimFrom(list, LEADING)
  removed += trimFrom(list.filter((el) => el.isConnected).reverse(), TRAILING)
  // Containers emptied by the trimming would leave blank space at the top.
  for (const el of root.querySelectorAll('div, section, header, footer')) {
    if (
      !normalizeSpace(el.textContent ?? '') &&
      !el.querySelector('img, picture, video, table, hr')
    )
      el.remove()
  }
  return removed
}
