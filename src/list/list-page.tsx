/**
 * The reading list as a full page: the list, and backing it up (export, import). The first
 * page of items is read from the save-time index, so it paints quickly with any number saved;
 * its first frame holds the stories that fit on the screen, the rest come once that frame is on
 * screen (first-screen.ts). `npm run bench:list` times the first screen by its first story's Element
 * Timing, and prints the marks `upstream:list-painted` (the first screen presented, or its
 * stand-in) and `upstream:list-complete` (the whole first page painted).
 */
import type { ComponentType } from 'preact'
import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import { t } from '../i18n/t.ts'
import { useSettings } from '../shared-ui/use-settings.ts'
import { LIST_PAGE_SIZE } from './boot-channel.ts'
import { afterFirstStoryPresented, afterNextPaint, firstScreenCount } from './first-screen.ts'
import { ReadingListView } from './reading-list-view.tsx'
import { useReadingList } from './use-reading-list.ts'

/** The reader's theme, applied to the page; apart, so that loading it re-renders nothing else. */
function Theme() {
  useSettings()
  return null
}

export function ListPage() {
  // Until the first screen of stories is on screen, only that many are rendered, and the rest of
  // the page's work waits (first-screen.ts).
  const [whole, setWhole] = useState(false)
  const [firstScreen] = useState(firstScreenCount)
  const list = useReadingList(LIST_PAGE_SIZE, {}, whole)
  const painted = useRef(false)
  // Export and import (parsers, turndown, DOMPurify) load after the list is on screen.
  const [Backup, setBackup] = useState<ComponentType<{ onImported: () => void }> | null>(null)
  // A layout effect runs when the items are in the DOM, before the frame that paints them.
  useLayoutEffect(() => {
    if (list.items === null || painted.current) return
    painted.current = true
    const rest = () => {
      performance.mark('upstream:list-painted')
      setWhole(true)
      afterNextPaint(() => {
        performance.mark('upstream:list-complete')
        import('./library-backup.tsx').then((m) => setBackup(() => m.LibraryBackup))
      })
    }
    if (list.items.length > 0) afterFirstStoryPresented(rest)
    else afterNextPaint(rest)
  }, [list.items])
  const items = whole ? list.items : (list.items?.slice(0, firstScreen) ?? null)

  return (
    <div class="list-page" data-testid="list-page">
      <Theme />
      <header class="list-page__bar">
        <img src="/icons/icon-32.png" alt="" width="24" height="24" />
        <h1>{t('listHeading')}</h1>
      </header>
      <main class="list-page__main">
        <ReadingListView list={whole ? list : { ...list, items }} />
        {Backup && <Backup onImported={list.reload} />}
      </main>
    </div>
  )
}
