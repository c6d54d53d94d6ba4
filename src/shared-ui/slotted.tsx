/**
 * A message with an element inside it: "Originally published by <bdi>Le Monde</bdi>". The
 * message is formatted with a marker for the parameter and cut there, so each translation puts
 * the element where its own word order wants it, and the element keeps its markup (an isolate
 * for a name in another script, a test id).
 */
import type { ComponentChildren } from 'preact'

// A private-use character: no message or name of ours contains it.
const SLOT = '\uE000'

interface Props {
  /** Formats the message with the given text as the parameter the element stands for. */
  message: (slot: string) => string
  /** What goes where the parameter is. */
  children: ComponentChildren
}

export function Slotted({ message, children }: Props) {
  const text = message(SLOT)
  const at = text.indexOf(SLOT)
  // The catalog test makes every translation name the parameter; never drop the element.
  if (at < 0) {
    return (
      <>
        {text} {children}
      </>
    )
  }
  return (
    <>
      {text.slice(0, at)}
      {children}
      {text.slice(at + SLOT.length)}
    </>
  )
}
