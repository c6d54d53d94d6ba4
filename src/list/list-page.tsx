/**
 * The reading list as a full page: the list, and backing it up (export, import). The first
 * page of items is read from the save-time index, so it paints quickly with any number saved;
 * `npm run bench:list` reads the `upstream:list-painted` mark.
 */
import type { ComponentType } from 'preact'
import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import { t } from '../i18n/t.ts'
import { useSettings } from '../shared-ui/use-settings.ts'
import { LIST_PAGE_SIZE } from './boot-channel.ts'
import { ReadingListView } from './reading-list-view.tsx'
import { useReadingList } from './use-reading-list.ts'

export function ListPage() {
  useSettings()
  const list = useReadingList(LIST_PAGE_SIZE)
  const painted = useRef(false)
  // Export and import (parsers, turndown, DOMPurify) load after the list is on screen.
  const [Backup, setBackup] = useState<ComponentType<{ onImported: () => void }> | null>(null)
  // A layout effect runs when the items are in the DOM, before the frame that paints them; the
  // mark is set just after that frame (an effect would run a frame later).
  useLayoutEffect(() => {
    if (list.items === null || painted.current) return
    painted.current = true
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('upstream:list-painted')
        import('./library-backup.tsx').then((m) => setBackup(() => m.LibraryBackup))
      }, 0),
    )
  }, [list.items])

  return (
    <div class="list-page" data-testid="list-page">
      <header class="list-page__bar">
        <img src="/icons/icon-32.png" alt="" width="24" height="24" />
        <h1>{t('listHeading')}</h1>
      </header>
      <main class="list-page__main">
        <ReadingListView list={list} />
        {Backup && <Backup onImported={list.reload} />}
      </main>
    </div>
  )
}
