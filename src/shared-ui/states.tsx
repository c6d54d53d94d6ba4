/** The panels shown instead of a story: loading, no article, cannot read, error. */
import { useEffect } from 'preact/hooks'
import type { NoArticleCode } from '../core/types.ts'
import { t } from '../i18n/t.ts'
import type { Restriction } from '../messaging/outcome.ts'
import type { Problem } from '../messaging/problems.ts'
import { NO_ARTICLE_TEXT } from './no-article-text.ts'
import { PROBLEM_WORDS } from './problem-text.ts'
import { RESTRICTION_TEXT } from './restriction-text.ts'
import { useDelayedFlag } from './use-delayed-flag.ts'

/** Loading: an indicator only after 150 ms, but the live region is there from the start. */
export function LoadingState() {
  const show = useDelayedFlag(true, 150)
  return (
    <div class="state" role="status" aria-live="polite" data-testid="state-loading">
      {show && (
        <div class="loading">
          <span class="loading__spinner" aria-hidden="true" />
          {/* The page's heading while there is no story yet (a page needs one for its outline). */}
          <h1 class="loading__text">{t('stateLoading')}</h1>
        </div>
      )}
    </div>
  )
}

export function NoArticleState({ code }: { code: NoArticleCode }) {
  return (
    <section class="state" data-testid="state-no-article" aria-labelledby="state-title">
      <h1 class="state__title" id="state-title">
        {t('stateNoArticleTitle')}
      </h1>
      <p class="state__text" data-testid="no-article-reason" data-code={code}>
        {t(NO_ARTICLE_TEXT[code])}
      </p>
    </section>
  )
}

export function RestrictedState({ restriction }: { restriction: Restriction }) {
  const { title, text } = RESTRICTION_TEXT[restriction]
  return (
    <section
      class="state"
      data-testid="state-restricted"
      data-restriction={restriction}
      aria-labelledby="state-title"
    >
      <h1 class="state__title" id="state-title">
        {t(title)}
      </h1>
      <p class="state__text">{t(text)}</p>
    </section>
  )
}

interface ErrorProps {
  problem: Problem
  /** The raw error: logged for whoever opens the console, never shown. */
  detail: string
  /** Only where trying again can work: without it, no "Try again" is offered. */
  onRetry?: (() => void) | undefined
}

export function ErrorState({ problem, detail, onRetry }: ErrorProps) {
  const words = PROBLEM_WORDS[problem]
  useEffect(() => {
    console.warn(`Upstream: ${problem}:`, detail)
  }, [problem, detail])
  return (
    <section
      class="state state--error"
      role="alert"
      data-testid="state-error"
      data-problem={problem}
    >
      <h1 class="state__title">{t(words.title)}</h1>
      <p class="state__text" data-testid="error-message">
        {t(words.text)}
      </p>
      {words.retry && onRetry && (
        <button type="button" class="button button--primary" onClick={onRetry} data-testid="retry">
          {t('tryAgain')}
        </button>
      )}
    </section>
  )
}
