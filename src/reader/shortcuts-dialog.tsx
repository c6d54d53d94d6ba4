/**
 * The reader's keyboard shortcuts (`?` or the bar's button opens it): the reader's own keys,
 * and the extension's commands with the keys the browser has bound, read each time the list
 * opens. A native modal <dialog>: focus moves into it and back when it closes, and Escape
 * closes it, all without script of ours.
 */
import { useEffect, useRef, useState } from 'preact/hooks'
import { type BoundCommand, boundCommands } from './extension-commands.ts'

interface Props {
  open: boolean
  onClose: () => void
}

const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent)

const READER_KEYS: ReadonlyArray<{ keys: string; what: string }> = [
  { keys: '?', what: 'Show this list' },
  { keys: 'Esc', what: 'Close the reading settings, or this list' },
  { keys: isMac ? '⌘P' : 'Ctrl+P', what: 'Print the story (as the Print button does)' },
]

function Commands({ commands }: { commands: BoundCommand[] | 'failed' | null }) {
  if (commands === null) return <p class="shortcuts__note">Asking the browser…</p>
  if (commands === 'failed')
    return <p class="shortcuts__note">The browser did not say which keys are set.</p>
  return (
    <table class="shortcuts__table">
      <tbody>
        {commands.map((command) => (
          <tr key={command.name} data-testid="shortcut-command" data-command={command.name}>
            <th scope="row">{command.description}</th>
            <td data-testid="shortcut-keys">
              {command.shortcut ? (
                <kbd>{command.shortcut}</kbd>
              ) : (
                <span class="shortcuts__unset">not set</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function ShortcutsDialog({ open, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const [commands, setCommands] = useState<BoundCommand[] | 'failed' | null>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      dialog.showModal()
      setCommands(null)
      boundCommands().then(setCommands, () => setCommands('failed'))
    } else if (!open && dialog.open) {
      dialog.close()
    }
  }, [open])

  return (
    <dialog
      ref={ref}
      class="shortcuts"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      data-testid="shortcuts-dialog"
    >
      <h2 id="shortcuts-title" class="shortcuts__title">
        Keyboard shortcuts
      </h2>
      <h3 class="shortcuts__heading">In the reader</h3>
      <table class="shortcuts__table">
        <tbody>
          {READER_KEYS.map(({ keys, what }) => (
            <tr key={keys}>
              <th scope="row">{what}</th>
              <td>
                <kbd>{keys}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 class="shortcuts__heading">Upstream, on any page</h3>
      <Commands commands={commands} />
      <p class="shortcuts__note">
        Change these in your browser’s settings for extension keyboard shortcuts.
      </p>
      <form method="dialog" class="shortcuts__close">
        <button type="submit" class="button" data-testid="shortcuts-close">
          Close
        </button>
      </form>
    </dialog>
  )
}
