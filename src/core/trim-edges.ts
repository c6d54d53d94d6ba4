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

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DIV', 'LI', 'TIME', 'SPAN'])
// Elements that make their ancestors containers rather than lines.
const CONTAINER_CONTENT = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FIGURE',
  'IMG',
  'TABLE',
  'UL',
  'OL',
  'BLOCKQUOTE',
])

/**
 * Leaf-most blocks in document order: paragraphs, headings and text-holding divs with no block
 * inside them. One walk of plain property reads (jsdom's selector engine is slow on this).
 */
function blocks(root: Element): Element[] {
  // Slots are taken on the way down (document order) and cleared on the way up for elements
  // that turn out to hold a block.
  const slots: Array<Element | null> = []
  const visit = (el: Element): boolean => {
    const slot = BLOCK_TAGS.has(el.tagName) && el !== root ? slots.push(el) - 1 : -1
    let holdsBlock = false
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (visit(child) || CONTAINER_CONTENT.has(child.tagName)) holdsBlock = true
    }
    if (holdsBlock && slot >= 0) slots[slot] = null
    return holdsBlock
  }
  visit(root)
  return slots.filter((el): el is Element => el !== null)
}

function trimFrom(list: Element[], patterns: RegExp[], emptied: Set<Element>): number {
  let removed = 0
  for (const el of list) {
    const text = normalizeSpace(el.textContent ?? '')
    if (!text) continue
    if (text.length >= STORY_LINE) break
    if (!patterns.some((p) => p.test(text))) break
    if (el.parentElement) emptied.add(el.parentElement)
    el.remove()
    removed++
  }
  return removed
}

/** Containers left empty by the trimming would leave blank space: remove them, upwards. */
function removeEmptied(root: Element, emptied: Set<Element>): void {
  for (let el of emptied) {
    while (el !== root && el.isConnected && !normalizeSpace(el.textContent ?? '')) {
      if (el.querySelector('img, picture, video, table, hr')) break
      const parent: Element | null = el.parentElement
      el.remove()
      if (!parent) break
      el = parent
    }
  }
}

export function trimEdges(root: Element): number {
  const list = blocks(root)
  const emptied = new Set<Element>()
  let removed = trimFrom(list, LEADING, emptied)
  removed += trimFrom(list.filter((el) => el.isConnected).reverse(), TRAILING, emptied)
  removeEmptied(root, emptied)
  return removed
}
