/**
 * A reader tab whose source tab is closed and that kept no story to show again: it says what
 * happened and offers only what can work, the links it still has. No "Try again": there is no
 * tab left to read.
 */
import { safeHttpUrl } from '../shared/links.ts'
import type { StoryLinks } from './kept-story.ts'

export function SourceGoneState({ links }: { links: StoryLinks | null }) {
  const original = safeHttpUrl(links?.originalUrl)
  const page = safeHttpUrl(links?.pageUrl)
  return (
    <section class="state" data-testid="state-source-gone" aria-labelledby="state-title">
      <h1 class="state__title" id="state-title">
        {links?.title ? <bdi>{links.title}</bdi> : 'This story cannot be shown again here'}
      </h1>
      <p class="state__text">
        {links
          ? 'The story was too large to keep in this reader tab, and the tab it was read from is closed.'
          : 'The tab it was read from is closed, and this reader tab kept no copy of the story.'}
      </p>
      {original || page ? (
        <ul class="state__links">
          {original && (
            <li>
              <a href={original} data-testid="gone-original">
                Open the original article
              </a>
            </li>
          )}
          {page && (
            <li>
              <a href={page} data-testid="gone-page">
                Open the page it was read from
              </a>
            </li>
          )}
        </ul>
      ) : (
        <p class="state__text">Open the story’s page again and use Upstream’s button there.</p>
      )}
    </section>
  )
}
