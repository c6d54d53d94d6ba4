/**
 * The pipeline: analyse → plan the cleaning → build the cleaned clone → Readability → enrich →
 * sanitize. The caller's document is only read: analysis and cleaning decide on the page itself
 * without changing it, and every change is made while building the clone (which never holds
 * what cleaning removes, so it costs far less than a full copy).
 */
import { personByline } from './byline.ts'
import { buildCleanClone } from './clean/build-clone.ts'
import { planCleaning } from './clean/index.ts'
import { analyzePage } from './detect.ts'
import { htmlToText } from './html-text.ts'
import { NO_ARTICLE_REASON } from './no-article.ts'
import { runReadability } from './readability.ts'
import { sanitizeElementInPlace } from './sanitize.ts'
import { buildSources } from './sources.ts'
import { readStoryMeta } from './story-meta.ts'
import { countWords, linkDensity, normalizeSpace, readingTimeMinutes } from './text.ts'
import { trimEdges } from './trim-edges.ts'
import type { Article, ExtractionResult, NoArticleCode, Source } from './types.ts'

export interface ExtractOptions {
  /** Layout-based visibility (browser only); one signal among several, never the verdict. */
  isVisible?: (el: Element) => boolean
}

// Less story text than this is a teaser, an error page or a list, not an article.
const MIN_STORY_CHARS = 140

/** Names of the outlets on the page: a byline that only repeats one of them names no person. */
function outletNames(siteName: string | null, sources: Source[], pageUrl: string): string[] {
  const names = sources
    .filter((source) => source.kind === 'publisher' || source.kind === 'original')
    .map((source) => source.label)
  for (const url of [pageUrl, ...sources.map((source) => source.url)]) {
    try {
      // "dnyuz.com" → "dnyuz", "www.nytimes.com" → "nytimes".
      const host = new URL(url).hostname.replace(/^(?:www|m|amp)\./, '')
      names.push(host, host.replace(/\.[^.]+$/, ''))
    } catch {
      // not an address: nothing to add
    }
  }
  return siteName ? [siteName, ...names] : names
}

function noArticle(
  result: Omit<ExtractionResult, 'article' | 'noArticleReason' | 'noArticleCode'>,
  code: NoArticleCode,
): ExtractionResult {
  return {
    ...result,
    isAggregator: false,
    article: null,
    noArticleReason: NO_ARTICLE_REASON[code],
    noArticleCode: code,
  }
}

/** A story that is mostly headline links is a list that slipped past the page-kind hints. */
function looksLikeHeadlineList(body: Element): boolean {
  const paragraphs = [...body.querySelectorAll('p')].filter(
    (p) => normalizeSpace(p.textContent ?? '').length > 120,
  )
  return linkDensity(body) > 0.45 && paragraphs.length < 3
}

function excerptOf(text: string): string | null {
  const firstParagraph = text.split('\n\n').find((p) => p.length > 40)
  if (!firstParagraph) return null
  return firstParagraph.length > 300 ? `${firstParagraph.slice(0, 297).trimEnd()}…` : firstParagraph
}

export function extract(
  doc: Document,
  pageUrl: string,
  _options: ExtractOptions = {},
): ExtractionResult {
  const win = doc.defaultView
  if (!win) throw new Error('extract() needs a document that has a window (document.defaultView)')
  const analysis = analyzePage(doc, pageUrl)
  const story = readStoryMeta(analysis.index, analysis.metadata, analysis.adapter, pageUrl)
  const sources: Source[] = buildSources(analysis)
  const base = {
    isAggregator: analysis.detection.isAggregator,
    detection: {
      confidence: analysis.detection.confidence,
      signals: analysis.detection.signals.map(({ kind, detail, note }) => ({ kind, detail, note })),
    },
    sources,
  }
  if (!analysis.detection.hasArticle) {
    return noArticle(base, analysis.noArticleReason ?? 'not-one-story')
  }

  const { container, plan } = planCleaning(doc, analysis)
  const parsed = runReadability(buildCleanClone(doc, plan, container))
  if (!parsed) return noArticle(base, 'nothing-found')

  // Held in the inert clone (no browsing context): nothing loads or runs, and it is sanitized.
  const holder = parsed.content
  sanitizeElementInPlace(holder, win)
  trimEdges(holder)
  const html = holder.innerHTML
  const text = htmlToText(holder)
  if (text.length < MIN_STORY_CHARS) return noArticle(base, 'too-little-text')
  if (looksLikeHeadlineList(holder)) return noArticle(base, 'headline-list')

  const wordCount = countWords(text)
  const article: Article = {
    title: story.title ?? parsed.title ?? '',
    byline: personByline(
      story.byline ?? parsed.byline,
      outletNames(story.siteName ?? parsed.siteName, sources, pageUrl),
    ),
    siteName: story.siteName ?? parsed.siteName,
    publishedTime: story.publishedTime ?? parsed.publishedTime,
    lang: story.lang ?? parsed.lang,
    dir: story.dir ?? (parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null),
    excerpt: analysis.metadata.description ?? excerptOf(text),
    leadImage:
      story.leadImage ?? holder.querySelector('img[src^="http"]')?.getAttribute('src') ?? null,
    html,
    text,
    wordCount,
    readingTimeMinutes: readingTimeMinutes(text),
  }
  return { ...base, article, noArticleReason: null, noArticleCode: null }
}
