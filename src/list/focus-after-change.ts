/**
 * Where keyboard focus goes when an action changes the list. Archiving or deleting a story (or
 * marking it so it leaves the filter) removes the button that had focus; the browser would then
 * put focus back on the page itself, and a keyboard or screen-reader user would have to find
 * their place again. Instead focus moves to the next story's title (the previous one's when it
 * was the last; the message that says the list is empty when none is left), and after an undo
 * to the story that came back.
 *
 * The list reloads from IndexedDB after each action, so the move waits for the reload that
 * shows the change.
 */
import type { RefObject } from 'preact'
import { useLayoutEffect, useRef } from 'preact/hooks'
import type { ReadStatus, SavedArticle } from '../library/types.ts'

export interface Expected {
  id: string
  /** The story's place in the list when the action started. */
  index: number
  /** What the reload will show: the story gone, back, or in its new status. */
  becomes: 'deleted' | 'restored' | ReadStatus
}

/** Where focus goes when no story is left: the message saying so (reading-list-view.tsx). */
const WHEN_EMPTY = '[data-focus-when-empty]'

function focusTitle(container: HTMLElement, id: string): void {
  container.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] .item__title`)?.focus()
}

export function useFocusAfterChange(
  items: readonly SavedArticle[] | null,
  container: RefObject<HTMLElement | null>,
): { expect(change: Expected): void; forget(id: string): void } {
  const expected = useRef<Expected | null>(null)

  // After every render: the reload that shows the change is the one to act on.
  useLayoutEffect(() => {
    const change = expected.current
    const root = container.current
    if (!change || !items || !root) return
    const at = items.findIndex((article) => article.id === change.id)
    const story = items[at]
    const shown =
      change.becomes === 'deleted'
        ? !story
        : change.becomes === 'restored'
          ? story !== undefined
          : !story || story.status === change.becomes
    if (!shown) return
    expected.current = null
    if (story) {
      // Still listed (the filter shows every status): focus stays on its button, unless the
      // change took that button away (Archive on an archived story) or it was an undo.
      const lost = !root.contains(document.activeElement)
      if (change.becomes === 'restored' || lost) focusTitle(root, story.id)
      return
    }
    const next = items[change.index] ?? items[change.index - 1]
    if (next) focusTitle(root, next.id)
    else root.querySelector<HTMLElement>(WHEN_EMPTY)?.focus()
  })

  return {
    expect(change) {
      expected.current = change
    },
    /** The action failed: nothing will change, so focus stays where it is. */
    forget(id) {
      if (expected.current?.id === id) expected.current = null
    },
  }
}
