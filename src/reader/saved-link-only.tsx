/**
 * A link imported without its text (a Pocket or Instapaper export holds only addresses and
 * titles): its title, and the page itself one click away. Only an http(s) address becomes a
 * link; anything else is shown as text.
 */

import { formatDay } from '../i18n/format.ts'
import { t } from '../i18n/t.ts'
import type { SavedArticle } from '../library/types.ts'
import { safeHttpUrl } from '../shared/links.ts'
import { hostOf } from '../shared-ui/format.ts'

export function SavedLinkOnly({ article }: { article: SavedArticle }) {
  const address = article.copies[0]?.url ?? ''
  const url = safeHttpUrl(address)
  const title = article.title.trim() || (url ? hostOf(url) : '') || t('readerUntitledLink')
  return (
    <article class="story link-only" data-testid="link-only">
      <header>
        <h1 class="story__title">
          <bdi>{title}</bdi>
        </h1>
        <p class="story__meta">{t('readerLinkSaved', { date: formatDay(article.savedAt) })}</p>
      </header>
      <p class="state__text">{t('readerLinkOnlyText')}</p>
      {url ? (
        <>
          <p>
            <a class="button button--primary" href={url} data-testid="link-only-open">
              {t('readerLinkOpen')}
            </a>
          </p>
          <p class="link-only__address">
            <a href={url} data-testid="link-only-address">
              {url}
            </a>
          </p>
        </>
      ) : (
        <p class="link-only__address" data-testid="link-only-address">
          {address}
        </p>
      )}
    </article>
  )
}
