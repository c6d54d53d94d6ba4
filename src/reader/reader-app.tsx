/**
 * The reader tab: the story at full width with typography and theme controls. Its address says
 * what to show: a live page's story (`?tab=<source tab id>`, live-reader.tsx) or a story from
 * the reading list (`?saved=<id>`, saved-reader.tsx).
 */

import { t } from '../i18n/t.ts'
import { PROBLEM_WORDS } from '../shared-ui/problem-text.ts'
import { LiveReader } from './live-reader.tsx'
import { ReaderShell } from './reader-shell.tsx'
import { SavedReader } from './saved-reader.tsx'
import { savedIdFromLocation } from './saved-story.ts'
import { tabIdFromLocation } from './tab-param.ts'

const tabId = tabIdFromLocation(location.search)
const savedId = savedIdFromLocation(location.search)

export function ReaderApp() {
  if (savedId !== null) return <SavedReader id={savedId} />
  if (tabId !== null) return <LiveReader tabId={tabId} />
  // The problem's own words; not ErrorState: there is no error to log and nothing to retry.
  const words = PROBLEM_WORDS['missing-source']
  return (
    <ReaderShell state="error" title={null}>
      <section class="state" data-testid="state-error" aria-labelledby="state-title">
        <h1 class="state__title" id="state-title">
          {t(words.title)}
        </h1>
        <p class="state__text" data-testid="error-message">
          {t(words.text)}
        </p>
      </section>
    </ReaderShell>
  )
}
