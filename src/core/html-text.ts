/**
 * Plain text of article HTML as a reader would copy it: one paragraph per block, blocks
 * separated by a blank line, line breaks kept, runs of spaces collapsed.
 */
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'HR',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'CAPTION',
  'PICTURE',
])
// Private-use characters as markers: no page text contains them, and \s does not match them.
const PARAGRAPH = '\uE000'
const LINE = '\uE001'

function collect(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      out.push(child.nodeValue ?? '')
    } else if (child.nodeType === 1) {
      const el = child as Element
      const tag = el.tagName
      if (tag === 'BR') {
        out.push(LINE)
        continue
      }
      // Captions describe a picture, not the story; the HTML keeps them, the plain text does not.
      if (tag === 'FIGCAPTION') continue
      if (tag === 'PRE') {
        out.push(PARAGRAPH, (el.textContent ?? '').replace(/\n/g, LINE), PARAGRAPH)
        continue
      }
      const block = BLOCK.has(tag)
      if (block) out.push(PARAGRAPH)
      collect(el, out)
      if (block) out.push(PARAGRAPH)
      else if (tag === 'TD' || tag === 'TH') out.push(' ')
    }
  }
}

export function htmlToText(root: Element): string {
  const parts: string[] = []
  collect(root, parts)
  return parts
    .join('')
    .split(PARAGRAPH)
    .map((block) =>
      block
        .split(LINE)
        .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n')
}
