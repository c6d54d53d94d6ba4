/**
 * A saved story as the reader shows it, and what can be done to it there: mark read / unread,
 * archive / unarchive, delete and undo. After each change the story is read again from
 * IndexedDB, so what is shown is what is stored, and the change is announced in words.
 *
 * Undo stays offered for as long as the page shows the deleted story (the list page's undo
 * expires because the list moves on to other stories; this page has only this one).
 */

import { useCallback, useEffect, useState } from 'preact/hooks'
import { type PlainKey, t } from '../i18n/t.ts'
import type { ReadStatus } from '../library/types.ts'
import { errorDetail } from '../messaging/problems.ts'
import { errorWords } from '../shared-ui/error-words.ts'
import { loadSavedView, type SavedView } from './saved-story.ts'

// Changes go through Dexie, loaded on the first change only.
const mutations = () => import('../library/mutations.ts')

export interface SavedStory {
  view: SavedView | null
  /** What the last action did, for the live region. */
  message: string
  busy: boolean
  setStatus: (status: ReadStatus) => void
  remove: () => void
  undo: () => void
  reload: () => void
}

const DONE: Record<ReadStatus, PlainKey> = {
  unread: 'readerDoneUnread',
  read: 'readerDoneRead',
  archived: 'readerDoneArchived',
}

export function useSavedStory(id: string): SavedStory {
  const [view, setView] = useState<SavedView | null>(null)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  const show = useCallback(
    (markRead: boolean) =>
      loadSavedView(id, markRead).then(setView, (error: unknown) =>
        setView({ kind: 'error', detail: errorDetail(error) }),
      ),
    [id],
  )

  useEffect(() => {
    void show(true)
  }, [show])

  /** Runs a change; its message is announced once the story is shown as stored. */
  const run = (change: () => Promise<string>) => {
    setBusy(true)
    change()
      .then(
        (done) => setMessage(done),
        (error: unknown) => setMessage(errorWords(error, 'the change did not work')),
      )
      .finally(() => setBusy(false))
  }

  const article = view?.kind === 'article' || view?.kind === 'link-only' ? view.article : null

  return {
    view,
    message,
    busy,
    setStatus: (status) =>
      run(async () => {
        if (!article) return ''
        const from = article.status
        await (await mutations()).setStatus(article.id, status)
        await show(false)
        return from === 'archived' && status !== 'archived'
          ? t('readerDoneUnarchived')
          : t(DONE[status])
      }),
    remove: () =>
      run(async () => {
        if (!article) return ''
        const deleted = await (await mutations()).deleteArticle(article.id)
        setView({ kind: 'deleted', deleted })
        return t('readerDoneDeleted', { title: article.title })
      }),
    undo: () =>
      run(async () => {
        if (view?.kind !== 'deleted') return ''
        await (await mutations()).restoreArticle(view.deleted)
        await show(false)
        return t('readerDoneRestored')
      }),
    // After a failed first read: the story was not opened yet, so this is the first opening.
    reload: () => void show(true),
  }
}
