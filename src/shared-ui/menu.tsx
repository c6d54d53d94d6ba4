/**
 * A "More" menu: a button that shows a short list of further actions below it. It follows the
 * disclosure pattern (a button with aria-expanded and a list of ordinary buttons), which every
 * screen reader handles without menu-mode surprises. Escape or a click elsewhere closes it and
 * Escape returns focus to the button; choosing an item runs it in the click itself, so an item
 * that asks the browser for a permission still has the user's gesture.
 */
import type { ComponentChildren } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { Icon } from './icons.tsx'

interface Props {
  label: string
  testId: string
  /** The items: render-prop so each can close the menu after it ran. */
  children: (close: () => void) => ComponentChildren
}

export function MoreMenu({ label, testId, children }: Props) {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.stopPropagation()
      setOpen(false)
      button.current?.focus()
    }
    const onPointer = (event: Event) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('keydown', onKey, true)
    document.addEventListener('pointerdown', onPointer, true)
    return () => {
      document.removeEventListener('keydown', onKey, true)
      document.removeEventListener('pointerdown', onPointer, true)
    }
  }, [open])

  return (
    <div class="menu" ref={root}>
      <button
        type="button"
        class="button button--quiet"
        aria-expanded={open}
        aria-controls={`${testId}-items`}
        title={label}
        onClick={() => setOpen(!open)}
        ref={button}
        data-testid={testId}
      >
        <Icon name="more" />
        <span class="button__label">{label}</span>
      </button>
      <div class="menu__items" id={`${testId}-items`} hidden={!open}>
        {open && children(() => setOpen(false))}
      </div>
    </div>
  )
}
