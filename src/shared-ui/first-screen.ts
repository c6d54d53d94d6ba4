/**
 * What of a story body fills the popup's first screen, and what can wait one frame.
 *
 * The popup shows the top of the story first. Everything in the DOM before the first frame is
 * built, styled and laid out before that frame, so the blocks below the first screen are held
 * back and appended one frame later: below what is on screen, so nothing visible moves, and
 * within moments, so find in page and screen readers get the whole story.
 */

/**
 * The text the popup puts in its first frame. The popup is at most 600 px tall, and a story
 * starts about 250 px down (bar, source line, headline, byline); at the popup's 40rem measure
 * and 16 px serif, 1,500 characters are 18 lines (≈ 450 px) in the narrowest common serif
 * (Charter) and 23 in the wide DejaVu Serif of Linux desktops: always past the fold, so the
 * rest, appended a frame later, never adds the scroll bar that would narrow the text on screen.
 */
export const FIRST_SCREEN_CHARS = 1500

/**
 * The node whose children are the story's blocks. Readability wraps a story in one or two
 * `<div>`s; going down through elements that hold nothing but one element child (and
 * whitespace) reaches the paragraphs.
 */
export function blockParent(root: ParentNode): ParentNode {
  let parent = root
  for (;;) {
    const only = parent.firstElementChild
    if (!only || only !== parent.lastElementChild || hasOwnText(parent)) return parent
    parent = only
  }
}

/** Node.TEXT_NODE, without the global (not defined where this is unit-tested, in Node). */
const TEXT_NODE = 3

function hasOwnText(node: ParentNode): boolean {
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT_NODE && child.textContent?.trim()) return true
  }
  return false
}

/**
 * Takes out of `parent` the blocks that come after the first `chars` characters of text, and
 * returns them in order (empty when the whole story fits). The block that crosses the budget
 * stays, so the first screen always ends with a whole block.
 */
export function holdBackAfter(parent: ParentNode, chars: number): ChildNode[] {
  let seen = 0
  const rest: ChildNode[] = []
  for (const child of [...parent.childNodes]) {
    if (seen >= chars) {
      rest.push(child)
      child.remove()
    } else {
      seen += child.textContent?.length ?? 0
    }
  }
  return rest
}
