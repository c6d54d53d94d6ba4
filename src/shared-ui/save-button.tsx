/**
 * "Save to reading list", and "Already saved" when the story is in the list. How it saves
 * depends on where it runs (extension pages write to IndexedDB themselves; the in-page reader
 * asks the background), so the two operations come in as props.
 */
import { useEffect, useState } from 'preact/hooks'

export interface SaveOperations {
  isSaved: () => Promise<boolean>
  /** Saves; resolves with the message to announce. */
  save: () => Promise<string>
}

export function SaveButton({ ops }: { ops: SaveOperations }) {
  const [saved, setSaved] = useState(false)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState('')
  useEffect(() => {
    let live = true
    ops.isSaved().then(
      (yes) => live && setSaved(yes),
      () => undefined, // the button still works; the label just says "Save"
    )
    return () => {
      live = false
    }
  }, [ops])

  const onClick = () => {
    setBusy(true)
    ops
      .save()
      .then(
        (message) => {
          setSaved(true)
          setStatus(message)
        },
        (error: unknown) =>
          setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => setBusy(false))
  }

  return (
    <span class="save">
      <button
        type="button"
        class="button"
        onClick={onClick}
        disabled={busy}
        aria-describedby="save-status"
        data-testid="action-save"
        data-saved={saved}
      >
        {saved ? 'Already saved' : 'Save to reading list'}
      </button>
      <span id="save-status" class="visually-hidden" role="status" data-testid="save-status">
        {status}
      </span>
    </span>
  )
}
