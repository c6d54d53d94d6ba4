/**
 * Picks the panel for an outcome. Every case renders something, so neither the popup nor the
 * reader can be blank: `null` (still waiting) shows the loading state.
 */
import type { ComponentChildren } from 'preact'
import type { ArticleResult, ExtractOutcome } from '../messaging/outcome.ts'
import { ErrorState, LoadingState, NoArticleState, RestrictedState } from './states.tsx'

interface Props {
  outcome: ExtractOutcome | null
  /** "Try again" on an error; leave it out where trying again cannot work. */
  onRetry?: () => void
  renderArticle: (result: ArticleResult, tabId: number) => ComponentChildren
}

export function OutcomeView({ outcome, onRetry, renderArticle }: Props) {
  if (!outcome) return <LoadingState />
  switch (outcome.kind) {
    case 'article':
      return <>{renderArticle(outcome.result, outcome.tabId)}</>
    case 'no-article':
      return <NoArticleState code={outcome.code} />
    case 'restricted':
      return <RestrictedState restriction={outcome.restriction} />
    case 'error':
      return <ErrorState problem={outcome.problem} detail={outcome.detail} onRetry={onRetry} />
  }
}
