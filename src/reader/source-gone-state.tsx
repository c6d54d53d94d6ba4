/**
 * A reader tab whose source tab is closed and that kept no story to show again: it says what
 * happened and offers only what can work, the links it still has. No "Try again": there is no
 * tab left to read.
 */
import { t } from '../i18n/t.ts'
import { safeHttpUrl } from '../shared/links.ts'
import type { StoryLinks } from './kept-story.ts'

export function SourceGoneState({ links }: { links: StoryLinks | null }) {
  const original = safeHttpUrl(links?.originalUrl)
  const page = safeHttpUrl(links?.pageUrl)
  return (
    <section class="state" data-testid="state-source-gone" aria-labelledby="state-title">
      <h1 class="state__title" id="state-title">
        {links?.title ? <bdi>{links.title}</bdi> : t('readerGoneTitle')}
      </h1>
      <p class="state__text">{t(links ? 'readerGoneTooBig' : 'readerGoneNoCopy')}</p>
      {original || page ? (
        <ul class="state__links">
          {original && (
            <li>
              <a href={original} data-testid="gone-original">
                {t('readerGoneOpenOriginal')}
              </a>
            </li>
          )}
          {page && (
            <li>
              <a href={page} data-testid="gone-page">
                {t('readerGoneOpenPage')}
              </a>
            </li>
          )}
        </ul>
      ) : (
        <p class="state__text">{t('readerGoneNoLinks')}</p>
      )}
    </section>
  )
}
