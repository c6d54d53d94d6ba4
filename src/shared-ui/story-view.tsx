/**
 * The story: headline, byline, date, reading time, lead image and body, in the article's own
 * language and direction (`lang`/`dir` on the container, so screen readers pronounce it right
 * and right-to-left stories lay out right to left).
 */
import { Fragment } from 'preact'
import { useState } from 'preact/hooks'
import type { Article } from '../core/types.ts'
import { t } from '../i18n/t.ts'
import { safeHttpUrl } from '../shared/links.ts'
import { formatByline, formatDate, formatReadingTime } from './format.ts'
import { SanitizedHtml } from './sanitized-html.tsx'

interface Props {
  article: Article
}

interface StoryProps extends Props {
  /** Show about this much of the body's text first, the rest a frame later (SanitizedHtml). */
  firstChars?: number
}

/** A BCP 47-looking tag, or nothing: an odd value must not become the container's language. */
function langTag(lang: string | null): string | undefined {
  return lang && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : undefined
}

function LeadImage({ src, bodyHtml }: { src: string | null; bodyHtml: string }) {
  const [failed, setFailed] = useState(false)
  const url = safeHttpUrl(src)
  // The body often starts with the same picture; showing it twice looks broken.
  if (!url || failed || bodyHtml.includes(url) || (src && bodyHtml.includes(src))) return null
  return (
    <img
      class="story__lead"
      src={url}
      alt=""
      loading="lazy"
      referrerpolicy="no-referrer"
      onError={() => setFailed(true)}
      data-testid="story-lead-image"
    />
  )
}

/**
 * Byline · date · reading time. Each item is isolated (<bdi>) and the separators sit between
 * the isolates, so UI words ("By", "min read") beside names and dates in the story's own
 * script are not reordered by the bidi algorithm in right-to-left stories.
 */
function StoryMeta({ article }: Props) {
  const date = article.publishedTime ? formatDate(article.publishedTime) : null
  const items = [
    article.byline && <bdi data-testid="story-byline">{formatByline(article.byline)}</bdi>,
    date && (
      <bdi>
        <time dateTime={date.iso ?? undefined} data-testid="story-date">
          {date.text}
        </time>
      </bdi>
    ),
    <bdi class="story__reading-time" data-testid="story-reading-time">
      {formatReadingTime(article.readingTimeMinutes)}
    </bdi>,
  ].filter(Boolean)
  return (
    <p class="story__meta" data-testid="story-meta">
      {items.map((item, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <span class="story__sep" aria-hidden="true">
              ·
            </span>
          )}
          {item}
        </Fragment>
      ))}
    </p>
  )
}

export function StoryView({ article, firstChars }: StoryProps) {
  return (
    <article
      class="story"
      lang={langTag(article.lang)}
      // A page that declares neither goes by its text, not by the UI around it (an English story
      // in a right-to-left UI stays left to right).
      dir={article.dir ?? 'auto'}
      data-testid="story"
    >
      <header>
        <h1 class="story__title" data-testid="story-title">
          {article.title || t('storyUntitled')}
        </h1>
        <StoryMeta article={article} />
      </header>
      <LeadImage src={article.leadImage} bodyHtml={article.html} />
      <SanitizedHtml
        untrustedHtml={article.html}
        class="story__body"
        testId="story-body"
        firstChars={firstChars}
      />
    </article>
  )
}
