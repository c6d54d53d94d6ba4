/**
 * Where the story comes from: the original article and its publisher first (the point of
 * Upstream), then the canonical address and the page itself; for an aggregator's copy, a
 * "Republished copy" mark with the detection signals behind it in a <details>.
 */
import type { ExtractionResult, Source } from '../core/types.ts'
import { safeSources } from '../shared/links.ts'
import { hostOf } from './format.ts'
import { signalLabel, signalText } from './signal-labels.ts'

interface Props {
  result: ExtractionResult
}

/**
 * The address after a source link, for paper only (reader print.css shows it; story.css hides
 * it on screen, where the link itself goes there). Text in the page rather than a CSS
 * `attr(href)`, so it can be selected and copied from a printed PDF.
 */
function PrintedAddress({ url, testId }: { url: string; testId?: string }) {
  return (
    <span class="print-only" data-testid={testId}>
      {' '}
      ({url})
    </span>
  )
}

function publisherName(original: Source | undefined, publisher: Source | undefined): string {
  if (publisher) return publisher.label
  return original ? hostOf(original.url) : ''
}

function Signals({ result }: Props) {
  const { signals, confidence } = result.detection
  if (signals.length === 0) return null
  const summary = result.isAggregator
    ? 'Why this is marked as a republished copy'
    : 'What Upstream checked on this page'
  return (
    <details class="signals" data-testid="detection-details">
      <summary>{summary}</summary>
      {result.isAggregator && (
        <p>
          Confidence:{' '}
          <span data-testid="detection-confidence">{Math.round(confidence * 100)}%</span>
        </p>
      )}
      <ul data-testid="detection-signals">
        {signals.map((signal) => (
          <li key={`${signal.kind}:${signal.detail}`} data-signal-kind={signal.kind}>
            <span class="signals__kind">{signalLabel(signal.kind)}:</span> {signalText(signal)}
          </li>
        ))}
      </ul>
    </details>
  )
}

export function SourceLinks({ result }: Props) {
  const sources = safeSources(result)
  const byKind = (kind: Source['kind']) => sources.find((s) => s.kind === kind)
  const original = byKind('original')
  const publisher = byKind('publisher')
  const canonical = byKind('canonical')
  const page = byKind('page')
  const name = publisherName(original, publisher)

  return (
    <section class="sources" aria-label="Where this story comes from" data-testid="source-links">
      {result.isAggregator && (
        <p class="sources__copy" data-testid="republished-copy">
          <span class="badge">Republished copy</span>
          <span>This page copies a story first published elsewhere.</span>
        </p>
      )}
      <ul class="sources__list">
        {original && (
          <li class="sources__original">
            <a href={original.url} data-testid="source-original">
              Originally published by <bdi>{name}</bdi>
            </a>
            <PrintedAddress url={original.url} testId="source-original-address" />
          </li>
        )}
        {publisher && (
          <li>
            <span class="sources__label">Publisher: </span>
            <a href={publisher.url} data-testid="source-publisher">
              <bdi>{publisher.label}</bdi>
            </a>
            <PrintedAddress url={publisher.url} />
          </li>
        )}
        {canonical && (
          <li>
            <span class="sources__label">Canonical page: </span>
            <a href={canonical.url} data-testid="source-canonical">
              {hostOf(canonical.url)}
            </a>
            <PrintedAddress url={canonical.url} />
          </li>
        )}
        {page && (
          <li>
            <span class="sources__label">
              {result.isAggregator ? 'Republished at: ' : 'This page: '}
            </span>
            <a href={page.url} data-testid="source-page">
              {hostOf(page.url)}
            </a>
            <PrintedAddress url={page.url} />
          </li>
        )}
      </ul>
      <Signals result={result} />
    </section>
  )
}
