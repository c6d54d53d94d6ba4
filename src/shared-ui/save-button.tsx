/**
 * "Save", then "Saved ✓" with a link to the reading list; "Already saved" only when the story
 * was in the list before. How it saves depends on where it runs (extension pages write to
 * IndexedDB themselves; the in-page reader asks the background), so the operations come in as
 * props.
 */
import { useEffect, useState } from 'preact/hooks'
import { t } from '../i18n/t.ts'
import { errorDetail } from '../messaging/problems.ts'
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

  const onClick = () => {
    setState('saving')
    ops.save().then(
      (kind) => {
        setState(kind === 'added' ? 'done' : 'doneBefore')
        setStatus(announcement(kind))
      },
      (error: unknown) => {
        console.warn('Upstream: not saved:', errorDetail(error))
        setState('failed')
        setStatus(t('saveFailed'))
      },
    )
  }

  const done = state === 'done' || state === 'doneBefore'
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
      {done ? (
        <span class="save__done">
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
          disabled={state === 'saving'}
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
    </span>
  )
}
