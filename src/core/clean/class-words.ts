/**
 * Splits an element's class and id into lowercase words: "jeg_shareButton" → jeg share button.
 * Cleaners read it through the plan, which remembers it for one run only: on a live page the
 * classes may change between two extractions.
 */
export function splitClassWords(el: Element): string {
  // Ids made from a heading ("sharing-with-a-single-developer") name content, not furniture.
  const id = el.id.split(/[-_]/).length <= 3 ? el.id : ''
  const raw = `${el.getAttribute('class') ?? ''} ${id}`
  if (raw.length < 2) return ''
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ')
}

/** A regular expression that matches whole words (or word sequences) in `classWords` output. */
export function wordPattern(words: string[]): RegExp {
  return new RegExp(`(?:^| )(?:${words.join('|')})(?: |$)`)
}
