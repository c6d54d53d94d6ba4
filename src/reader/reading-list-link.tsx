/** "Back to the reading list": a plain link to the list page, in this tab. */
import browser from 'webextension-polyfill'
import { t } from '../i18n/t.ts'

const LIST_PAGE = 'src/list/index.html'

export function ReadingListLink({ primary = false }: { primary?: boolean }) {
  return (
    <a
      class={primary ? 'button button--primary' : 'button'}
      href={browser.runtime.getURL(LIST_PAGE)}
      data-testid="back-to-list"
    >
      {t('readerBackToList')}
    </a>
  )
}
