/** The popup's "Reading list" tab: the list itself, compact, with a way to the full page. */

import browser from 'webextension-polyfill'
import { t } from '../i18n/t.ts'
import '../list/list.css'
import { ReadingListView } from '../list/reading-list-view.tsx'
import { useReadingList } from '../list/use-reading-list.ts'
import { LIST_PAGE } from '../shared/pages.ts'

export function PopupList() {
  const list = useReadingList(20)
  return (
    <div class="popup-list">
      <ReadingListView list={list} />
      <p>
        <a
          href={browser.runtime.getURL(LIST_PAGE)}
          target="_blank"
          rel="noopener"
          data-testid="open-full-list"
        >
          {t('popupOpenFullList')}
        </a>
      </p>
    </div>
  )
}
