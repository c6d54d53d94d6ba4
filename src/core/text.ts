/** Small text helpers shared by detection, cleaning and enrichment. */

/** Collapses runs of whitespace (including NBSP) to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim()
}

/** The element's text, whitespace-normalised. */
export function textOf(node: Node): string {
  return normalizeSpace(node.textContent ?? '')
}

/** Words as a reader counts them: runs of letters or digits (works for any script). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)?.length ?? 0
}

/** CJK text has no spaces between words; count characters instead, at a typical rate. */
function cjkCharacters(text: string): number {
  return (
    text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)
      ?.length ?? 0
  )
}

/** Minutes to read, at 230 words a minute (or 500 CJK characters), never less than one. */
export function readingTimeMinutes(text: string): number {
  const cjk = cjkCharacters(text)
  const minutes = cjk > 200 ? cjk / 500 : countWords(text) / 230
  return Math.max(1, Math.round(minutes))
}

/** Share of an element's text that sits inside links: high for menus and headline lists. */
export function linkDensity(el: Element): number {
  const total = textOf(el).length
  if (total === 0) return 0
  let linked = 0
  for (const a of el.querySelectorAll('a')) linked += textOf(a).length
  return Math.min(1, linked / total)
}
