/**
 * The few pictograms beside action labels: 16 px line drawings in the text colour, hidden from
 * assistive technology (every action also has its words, so the accessible name is the label).
 */
import type { JSX } from 'preact'

type IconName = 'reader' | 'save' | 'saved' | 'link' | 'more' | 'list' | 'back' | 'external'

const PATHS: Record<IconName, JSX.Element> = {
  // An open book.
  reader: (
    <path d="M2 3.5c2-.8 4-.8 6 .7 2-1.5 4-1.5 6-.7v9c-2-.8-4-.8-6 .7-2-1.5-4-1.5-6-.7zM8 4.2v9" />
  ),
  // A bookmark ribbon.
  save: <path d="M4 2.5h8v11l-4-3-4 3z" />,
  // A tick.
  saved: <path d="M3 8.5l3 3 7-7" />,
  // Two chain links.
  link: (
    <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2-2a3 3 0 0 0-4.2-4.2l-.8.8M9.5 6.5a3 3 0 0 0-4.2 0l-2 2a3 3 0 0 0 4.2 4.2l.8-.8" />
  ),
  // Three dots.
  more: <path d="M3 8h.01M8 8h.01M13 8h.01" stroke-width="2.6" />,
  // A list (its bullets lead the lines: mirrored in right-to-left pages).
  list: <path d="M5.5 4h8M5.5 8h8M5.5 12h8M2.5 4h.01M2.5 8h.01M2.5 12h.01" />,
  // An arrow pointing back (mirrored in right-to-left pages by the CSS).
  back: <path d="M13 8H3m4-4L3 8l4 4" />,
  // An arrow leaving a box: opens elsewhere (mirrored in right-to-left pages).
  external: <path d="M9 3h4v4M13 3L7.5 8.5M11 9.5V13H3V5h3.5" />,
}

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      class={`icon icon--${name}`}
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      stroke-width="1.5"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  )
}
