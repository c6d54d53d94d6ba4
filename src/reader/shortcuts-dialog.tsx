/**
 * The reader's keyboard shortcuts (`?` or the bar's button opens it): the reader's own keys,
 * and the extension's commands with the keys the browser has bound, read each time the list
 * opens. A native modal <dialog>: focus moves into it and back when it closes, and Escape
 * closes it, all without script of ours.
 */
import { useEffect, useRef, useState } from 'preact/hooks'
import { type PlainKey, t } from '../i18n/t.ts'
import { type BoundCommand, boundCommands } from './extension-commands.ts'

interface Props {
  open: boolean
  onClose: () => void
}

const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent)

// Key names are words too: a German keyboard says "Strg", not "Ctrl". `?` is the key itself.
const READER_KEYS: ReadonlyArray<{ id: string; keys: PlainKey | null; what: PlainKey }> = [
  { id: 'help', keys: null, what: 'readerShortcutsShowList' },
  { id: 'escape', keys: 'readerKeyEscape', what: 'readerShortcutsEscape' },
  {
    id: 'print',
    keys: isMac ? 'readerKeyPrintMac' : 'readerKeyPrint',
    what: 'readerShortcutsPrint',
  },
]

function Commands({ commands }: { commands: BoundCommand[] | 'failed' | null }) {
  if (commands === null) return <p class="shortcuts__note">{t('readerShortcutsAsking')}</p>
  if (commands === 'failed') return <p class="shortcuts__note">{t('readerShortcutsUnknown')}</p>
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
                <span class="shortcuts__unset">{t('readerShortcutNotSet')}</span>
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
        {t('readerShortcuts')}
      </h2>
      <h3 class="shortcuts__heading">{t('readerShortcutsInReader')}</h3>
      <table class="shortcuts__table">
        <tbody>
          {READER_KEYS.map(({ id, keys, what }) => (
            <tr key={id}>
              <th scope="row">{t(what)}</th>
              <td>
                <kbd>{keys ? t(keys) : '?'}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 class="shortcuts__heading">{t('readerShortcutsAnyPage')}</h3>
      <Commands commands={commands} />
      <p class="shortcuts__note">{t('readerShortcutsChange')}</p>
      <form method="dialog" class="shortcuts__close">
        <button type="submit" class="button" data-testid="shortcuts-close">
          {t('readerShortcutsClose')}
        </button>
      </form>
    </dialog>
  )
}
