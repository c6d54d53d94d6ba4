/**
 * A one-key shortcut for the page (`?`), ignored while the user types in a field or holds a
 * modifier (Ctrl+? and friends belong to the browser), and while a dialog is open.
 */
import { useEffect } from 'preact/hooks'

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  // Buttons, checkboxes and sliders take no text; a text-like input does.
  return (
    target instanceof HTMLInputElement &&
    !/^(button|checkbox|radio|range|submit|reset)$/.test(target.type)
  )
}

export function useShortcutKey(key: string, action: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== key || event.defaultPrevented) return
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return
      event.preventDefault()
      action()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [key, action])
}
