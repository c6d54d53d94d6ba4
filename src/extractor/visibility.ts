/**
 * Whether an element is rendered in the live page, from the page's own layout. Core treats this
 * as one signal among several (hidden is not the same as boilerplate: a "Story continues" half
 * is hidden too), so here it only answers the layout question.
 */
export function isVisible(el: Element): boolean {
  // Core works on a clone; elements of a detached clone have no layout to ask about. Saying
  // "visible" keeps the layout signal neutral for them instead of hiding everything.
  if (!el.isConnected || el.ownerDocument !== document) return true
  const view = el.ownerDocument.defaultView
  if (!view) return true
  const style = view.getComputedStyle(el)
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')
    return false
  // No boxes at all: display:none on an ancestor, or `display: contents` with nothing inside.
  return el.getClientRects().length > 0
}
