/** The panels shown instead of a story: loading, no article, cannot read, error. */
import type { Restriction } from '../messaging/outcome.ts'
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
          <span>Reading the page…</span>
        </div>
      )}
    </div>
  )
}

export function NoArticleState({ reason }: { reason: string }) {
  return (
    <section class="state" data-testid="state-no-article" aria-labelledby="state-title">
      <h1 class="state__title" id="state-title">
        No article on this page
      </h1>
      <p class="state__text" data-testid="no-article-reason">
        {reason}
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
        {title}
      </h1>
      <p class="state__text">{text}</p>
    </section>
  )
}

/** `onRetry` only where trying again can work: without it, no "Try again" is offered. */
export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <section class="state state--error" role="alert" data-testid="state-error">
      <h1 class="state__title">Something went wrong</h1>
      <p class="state__text" data-testid="error-message">
        {message}
      </p>
      {onRetry && (
        <button type="button" class="button button--primary" onClick={onRetry} data-testid="retry">
          Try again
        </button>
      )}
    </section>
  )
}
