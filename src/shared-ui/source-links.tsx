/**
 * Where the story comes from: the original article and its publisher first (the point of
 * Upstream), then the canonical address and the page itself; for an aggregator's copy, a
 * "Republished copy" mark with the detection signals behind it in a <details>.
 */
import type { ExtractionResult, Source } from '../core/types.ts'
import { t, uiLanguage } from '../i18n/t.ts'
import { safeSources } from '../shared/links.ts'
import { hostOf } from './format.ts'
import { signalLabel, signalText } from './signal-labels.ts'
import { Slotted } from './slotted.tsx'

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
      {t('sourcePrintedAddress', { url })}
    </span>
  )
}

function publisherName(original: Source | undefined, publisher: Source | undefined): string {
  if (publisher) return publisher.label
  return original ? hostOf(original.url) : ''
}

/** 0.87 → "87%" as the reader's language writes a percentage. */
function percent(fraction: number): string {
  return new Intl.NumberFormat(uiLanguage(), { style: 'percent' }).format(fraction)
}

function Signals({ result }: Props) {
  const { signals, confidence } = result.detection
  if (signals.length === 0) return null
  return (
    <details class="signals" data-testid="detection-details">
      <summary>{t(result.isAggregator ? 'sourceWhyMarked' : 'sourceWhatCheckedSummary')}</summary>
      {result.isAggregator && (
        <p>
          <Slotted message={(slot) => t('sourceConfidence', { percent: slot })}>
            <span data-testid="detection-confidence">{percent(confidence)}</span>
          </Slotted>
        </p>
      )}
      <ul data-testid="detection-signals">
        {signals.map((signal) => (
          <li key={`${signal.kind}:${signal.detail}`} data-signal-kind={signal.kind}>
            <span class="signals__kind">
              {t('sourceSignal', { signal: signalLabel(signal.kind) })}
            </span>{' '}
            <bdi>{signalText(signal)}</bdi>
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
    <section class="sources" aria-label={t('sourceRegion')} data-testid="source-links">
      {result.isAggregator && (
        <p class="sources__copy" data-testid="republished-copy">
          <span class="badge">{t('sourceRepublishedCopy')}</span>
          <span>{t('sourceCopiesElsewhere')}</span>
        </p>
      )}
      <ul class="sources__list">
        {original && (
          <li class="sources__original">
            <a href={original.url} data-testid="source-original">
              <Slotted message={(slot) => t('sourceOriginallyBy', { name: slot })}>
                <bdi>{name}</bdi>
              </Slotted>
            </a>
            <PrintedAddress url={original.url} testId="source-original-address" />
          </li>
        )}
        {publisher && (
          <li>
            <span class="sources__label">{t('sourcePublisher')} </span>
            <a href={publisher.url} data-testid="source-publisher">
              <bdi>{publisher.label}</bdi>
            </a>
            <PrintedAddress url={publisher.url} />
          </li>
        )}
        {canonical && (
          <li>
            <span class="sources__label">{t('sourceCanonical')} </span>
            <a href={canonical.url} data-testid="source-canonical">
              {hostOf(canonical.url)}
            </a>
            <PrintedAddress url={canonical.url} />
          </li>
        )}
        {page && (
          <li>
            <span class="sources__label">
              {t(result.isAggregator ? 'sourceRepublishedAt' : 'sourceThisPage')}{' '}
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
