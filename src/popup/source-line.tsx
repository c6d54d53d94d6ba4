/**
 * Where the story comes from, in one line above the headline: "Republished copy · Original:
 * New York Times ↗", or the publisher of an original page. The rest (publisher, canonical
 * address, this copy's address, and why Upstream calls it a copy) is one click away, so the
 * story starts near the top of the popup.
 */
import { useState } from 'preact/hooks'
import type { ExtractionResult, Source } from '../core/types.ts'
import { t, uiLanguage } from '../i18n/t.ts'
import { safeSources } from '../shared/links.ts'
import { hostOf } from '../shared-ui/format.ts'
import { Icon } from '../shared-ui/icons.tsx'
import { signalLabel, signalText } from '../shared-ui/signal-labels.ts'

interface Props {
  result: ExtractionResult
}

const percent = (share: number) =>
  new Intl.NumberFormat(uiLanguage(), { style: 'percent' }).format(share)

function nameOf(source: Source, publisher: Source | undefined): string {
  return publisher?.label || hostOf(source.url)
}

function Details({ result, sources }: Props & { sources: Source[] }) {
  const byKind = (kind: Source['kind']) => sources.find((s) => s.kind === kind)
  const rows: [string, Source | undefined, string][] = [
    [t('sourcePublisher'), byKind('publisher'), 'source-publisher'],
    [t('sourceCanonical'), byKind('canonical'), 'source-canonical'],
    [
      result.isAggregator ? t('sourceThisCopy') : t('sourceThisPage'),
      byKind('page'),
      'source-page',
    ],
  ]
  const { signals, confidence } = result.detection
  return (
    <div class="source-details" id="source-details" data-testid="source-details">
      <ul class="source-details__links">
        {rows.map(([label, source, testId]) =>
          source ? (
            <li key={testId}>
              <span class="source-details__label">{label} </span>
              <a href={source.url} data-testid={testId}>
                <bdi>{source.kind === 'publisher' ? source.label : hostOf(source.url)}</bdi>
              </a>
            </li>
          ) : null,
        )}
      </ul>
      {signals.length > 0 && (
        <div data-testid="detection-details">
          <p class="source-details__why">
            {result.isAggregator
              ? t('sourceWhyCopy', { confidence: percent(confidence) })
              : t('sourceWhatChecked')}
          </p>
          <ul class="source-details__signals" data-testid="detection-signals">
            {signals.map((signal) => (
              <li key={`${signal.kind}:${signal.detail}`} data-signal-kind={signal.kind}>
                <span class="source-details__kind">
                  {t('sourceSignal', { signal: signalLabel(signal.kind) })}
                </span>{' '}
                <bdi>{signalText(signal)}</bdi>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}

export function SourceLine({ result }: Props) {
  const [open, setOpen] = useState(false)
  const sources = safeSources(result)
  const original = sources.find((s) => s.kind === 'original')
  const publisher = sources.find((s) => s.kind === 'publisher')
  const page = sources.find((s) => s.kind === 'page')
  const upstream = original ?? publisher

  return (
    <section class="source-line" aria-label={t('sourceRegion')} data-testid="source-links">
      <p class="source-line__text">
        {result.isAggregator && (
          <span class="badge" data-testid="republished-copy">
            {t('sourceRepublishedCopy')}
          </span>
        )}
        {result.article?.isExcerpt && (
          <span class="badge badge--excerpt" data-testid="excerpt-mark">
            {t('sourceExcerpt')}
          </span>
        )}
        {upstream ? (
          <span>
            {original ? t('sourceOriginal') : t('sourcePublisherShort')}{' '}
            <a
              href={upstream.url}
              class="source-line__original"
              data-testid={original ? 'source-original' : 'source-publisher-line'}
            >
              <bdi>{nameOf(upstream, publisher)}</bdi>
              <Icon name="external" />
            </a>
          </span>
        ) : result.isAggregator ? (
          <span class="source-line__muted">{t('sourceOriginalUnknown')}</span>
        ) : (
          page && (
            <span class="source-line__muted">
              {t('sourceFrom')} <bdi>{hostOf(page.url)}</bdi>
            </span>
          )
        )}
        <button
          type="button"
          class="link-button source-line__toggle"
          aria-expanded={open}
          aria-controls="source-details"
          onClick={() => setOpen(!open)}
          data-testid="source-details-toggle"
        >
          {open ? t('sourceLessDetails') : t('sourceDetails')}
        </button>
      </p>
      {open && <Details result={result} sources={sources} />}
    </section>
  )
}
