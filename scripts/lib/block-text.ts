/**
 * Plain text of an HTML document or fragment: `textContent`, but with a newline around every
 * block-level element and `<br>`, so words of adjacent blocks never run together.
 */

const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION ' +
    'FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE ' +
    'TBODY TD TFOOT TH THEAD TR UL'
  ).split(' '),
)

/** Never article text (textContent would include them; Readability's output has none). */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE'])

const TEXT_NODE = 3
const ELEMENT_NODE = 1

function collect(node: Node, out: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    out.push((node.nodeValue ?? '').replace(/\s+/g, ' '))
    return
  }
  if (node.nodeType !== ELEMENT_NODE) return
  const tag = (node as Element).tagName.toUpperCase()
  if (SKIPPED_TAGS.has(tag)) return
  const block = BLOCK_TAGS.has(tag)
  if (block) out.push('\n')
  for (let child = node.firstChild; child; child = child.nextSibling) collect(child, out)
  if (block) out.push('\n')
}

/** The block-separated text of `root`: whitespace collapsed, one block per line, no blank lines. */
export function blockText(root: Node): string {
  const out: string[] = []
  collect(root, out)
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')
}
