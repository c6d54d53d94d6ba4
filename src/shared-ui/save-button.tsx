/**
 * "Save", then "Saved ✓" with a link to the reading list; "Already saved" only when the story
 * was in the list before. How it saves depends on where it runs (extension pages write to
 * IndexedDB themselves; the in-page reader asks the background), so the operations come in as
 * props.
 */
import { useEffect, useRef, useState } from 'preact/hooks'
import { t } from '../i18n/t.ts'
import { errorWords, problemOf } from './error-words.ts'
import { Icon } from './icons.tsx'

/** What a save did: a new entry, this copy added to a saved story, or nothing new. */
export type SaveKind = 'added' | 'merged' | 'unchanged'

export interface SaveOperations {
  isSaved: () => Promise<boolean>
  save: () => Promise<SaveKind>
  /** The reading list's address, where a link to it can be followed (extension pages). */
  listUrl?: string
}

/**
 * `already`: the list holds this story (known before any click); the button stays a button, so
 * saving from another copy adds that copy's link to the saved story. `done`/`doneBefore`: the
 * click saved it, as a new entry or into the one already there.
 */
type State = 'unsaved' | 'already' | 'saving' | 'done' | 'doneBefore' | 'failed'

function announcement(kind: SaveKind): string {
  switch (kind) {
    case 'added':
      return t('saveAnnounceAdded')
    case 'merged':
      return t('saveAnnounceMerged')
    case 'unchanged':
      return t('saveAnnounceUnchanged')
  }
}

export function SaveButton({ ops }: { ops: SaveOperations }) {
  const [state, setState] = useState<State>('unsaved')
  const [status, setStatus] = useState('')
  const [failure, setFailure] = useState('')
  // Whether the button had keyboard focus when it was pressed: the confirmation that replaces
  // it then takes the focus, so a keyboard user is not dropped back to the top of the page.
  const hadFocus = useRef(false)
  const done = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    let live = true
    ops.isSaved().then(
      (yes) => live && yes && setState((now) => (now === 'unsaved' ? 'already' : now)),
      () => undefined, // the button still works; it just does not know yet
    )
    return () => {
      live = false
    }
  }, [ops])

  const isDone = state === 'done' || state === 'doneBefore'
  useEffect(() => {
    if (!isDone || !hadFocus.current) return
    const link = done.current?.querySelector<HTMLElement>('a')
    ;(link ?? done.current)?.focus()
  }, [isDone])

  const onClick = (event: Event) => {
    if (state === 'saving') return
    hadFocus.current = document.activeElement === event.currentTarget
    setState('saving')
    setFailure('')
    ops.save().then(
      (kind) => {
        setState(kind === 'added' ? 'done' : 'doneBefore')
        setStatus(announcement(kind))
      },
      (error: unknown) => {
        setState('failed')
        setStatus('')
        // An unexplained failure still says what was not done and what to try.
        const words = errorWords(error, 'not saved')
        setFailure(problemOf(error) === 'unknown' ? t('saveFailed') : words)
      },
    )
  }

  const label =
    state === 'saving'
      ? t('saveSaving')
      : state === 'already' || state === 'doneBefore'
        ? t('saveAlready')
        : state === 'done'
          ? t('saveDone')
          : t('saveAction')
  return (
    <span class="save" data-testid="save" data-state={state}>
      {isDone ? (
        <span class="save__done" ref={done} tabIndex={-1}>
          <Icon name="saved" />
          <span data-testid="action-save" data-saved="true">
            {label}
          </span>
          {ops.listUrl && (
            <a href={ops.listUrl} target="_blank" rel="noopener" data-testid="save-list-link">
              {t('saveOpenList')}
            </a>
          )}
        </span>
      ) : (
        <button
          type="button"
          class="button"
          onClick={onClick}
          // Not `disabled`: that would take the keyboard focus away while it saves.
          aria-disabled={state === 'saving'}
          data-testid="action-save"
          data-saved={state === 'already'}
        >
          <Icon name={state === 'already' ? 'saved' : 'save'} />
          <span class="button__label">{label}</span>
        </button>
      )}
      <span class="visually-hidden" role="status" data-testid="save-status">
        {status}
      </span>
      {/* A failure is for everyone to see, not only announced. */}
      <span class="save__error" role="alert" data-testid="save-error">
        {failure}
      </span>
    </span>
  )
}
