/**
 * Is this page an aggregator's copy of someone else's story, and is there a story at all?
 * Cheap: reads the document, never clones or changes it, so the content script can run it as
 * the page loads. Returns the signals so the UI can say why.
 */
import { type Attribution, findAttributions, findAttributionsQuick } from './attribution.ts'
import { ElementIndex } from './element-index.ts'
import { NativeLookup } from './element-lookup.ts'
import { type PageMetadata, readMetadata } from './metadata.ts'
import { NO_ARTICLE_REASON } from './no-article.ts'
import { pageKindHint } from './page-kind.ts'
import { findRepeatedBlocks } from './repeated-blocks.ts'
import { findAdapter } from './sites/registry.ts'
import type { SiteAdapter } from './sites/types.ts'
import { TextStats } from './text-stats.ts'
import type { Detection, NoArticleCode, Signal } from './types.ts'
import { parseHttpUrl, sameSite } from './url.ts'

/** What detection learned about the page; extraction reuses it instead of reading twice. */
export interface PageAnalysis {
  url: URL
  metadata: PageMetadata
  attributions: Attribution[]
  adapter: SiteAdapter | null
  /** Blocks the page prints more than once (headers, search boxes, headline lists). */
  repeatedBlocks: Element[][]
  /** Text lengths measured once, for every cleaner to reuse. */
  stats: TextStats
  /** Every element, indexed once for fast selector queries. */
  index: ElementIndex
  detection: Detection
  noArticleReason: NoArticleCode | null
}

// Above this, the signals together say "copy". Chosen so one strong line (a WordPress footer,
// "© Provided by", a cross-site canonical) suffices and one weak hint ("Source: staff") does not.
const AGGREGATOR_THRESHOLD = 0.6

function crossSite(href: string | URL | null | undefined, page: URL): URL | null {
  const url = href instanceof URL ? href : parseHttpUrl(href ?? null, page.href)
  return url && !sameSite(url, page) ? url : null
}

function metadataSignals(meta: PageMetadata, page: URL): Signal[] {
  const signals: Signal[] = []
  const canonical = crossSite(meta.canonical, page)
  if (canonical) {
    signals.push({
      kind: 'canonical',
      detail: `Canonical link points to ${canonical.hostname}`,
      note: { code: 'points-to', field: 'canonical', host: canonical.hostname },
      weight: 0.8,
    })
  }
  const og = crossSite(meta.ogUrl, page)
  if (og && og.hostname !== canonical?.hostname) {
    signals.push({
      kind: 'og-url',
      detail: `og:url points to ${og.hostname}`,
      weight: 0.6,
      note: { code: 'points-to', field: 'og:url', host: og.hostname },
    })
  }
  const ld = meta.ld
  if (ld) {
    const fields: Array<[string, string | null | undefined, number]> = [
      ['isBasedOn', ld.isBasedOn?.url, 0.85],
      ['mainEntityOfPage', ld.mainEntityOfPage, 0.6],
      ['provider', ld.provider?.url, 0.5],
      ['sourceOrganization', ld.sourceOrganization?.url, 0.5],
    ]
    for (const [field, href, weight] of fields) {
      const target = crossSite(href, page)
      if (target)
        signals.push({
          kind: 'json-ld',
          detail: `JSON-LD ${field} points to ${target.hostname}`,
          note: { code: 'points-to', field: `JSON-LD ${field}`, host: target.hostname },
          weight,
        })
    }
    for (const [field, named] of [
      ['provider', ld.provider],
      ['sourceOrganization', ld.sourceOrganization],
    ] as const) {
      if (named?.name && !named.url) {
        signals.push({
          kind: 'json-ld',
          detail: `JSON-LD ${field} names ${named.name}`,
          note: { code: 'names', field: `JSON-LD ${field}`, name: named.name },
          weight: 0.4,
        })
      }
    }
  }
  return signals
}

/** Combines independent signals: 1 − Π(1 − wᵢ). */
function combine(weights: number[]): number {
  return 1 - weights.reduce((rest, w) => rest * (1 - Math.max(0, Math.min(1, w))), 1)
}

interface Findings {
  url: URL
  metadata: PageMetadata
  attributions: Attribution[]
  adapter: SiteAdapter | null
  repeatedBlocks: Element[][]
}

/** Weighs what was found into the verdict, with the signals that decided it. */
/** Long attribution lines are shown cut, with an ellipsis. */
function clip(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}…` : text
}

function judge(found: Findings): { detection: Detection; noArticleReason: NoArticleCode | null } {
  const { url, metadata, attributions, adapter, repeatedBlocks } = found
  const hint = pageKindHint(url, metadata)

  const signals: Signal[] = attributions.map((a) => ({
    kind: 'attribution',
    detail: clip(a.text),
    weight: a.weight,
    note: { code: 'line', text: clip(a.text) },
  }))
  signals.push(...metadataSignals(metadata, url))
  if (adapter) {
    signals.push({
      kind: 'site-adapter',
      detail: adapter.republishes
        ? `${adapter.name} republishes other publishers’ stories`
        : `${adapter.name} template`,
      note: { code: 'template', name: adapter.name, republishes: adapter.republishes },
      // A theme alone says nothing about who wrote the story; a republishing portal does.
      weight: adapter.republishes ? 0.75 : 0.15,
    })
  }
  if (repeatedBlocks.length > 0) {
    const copies = Math.max(...repeatedBlocks.map((g) => g.length))
    signals.push({
      kind: 'duplicated-nav',
      detail: `${repeatedBlocks.length} navigation or search block(s) printed up to ${copies} times`,
      note: { code: 'repeated-blocks', blocks: repeatedBlocks.length, copies },
      weight: 0.1,
    })
  }

  const score = combine(signals.map((s) => s.weight))
  const hasArticle = !hint.looksLikeList
  if (!hasArticle && hint.reason)
    signals.push({
      kind: 'no-article',
      detail: NO_ARTICLE_REASON[hint.reason],
      weight: 0,
      note: { code: 'no-article', reason: hint.reason },
    })
  const isAggregator = hasArticle && score >= AGGREGATOR_THRESHOLD
  return {
    detection: {
      isAggregator,
      confidence: Number((isAggregator ? score : 1 - score).toFixed(2)),
      hasArticle,
      signals,
    },
    noArticleReason: hint.reason,
  }
}

export function analyzePage(doc: Document, pageUrl: string): PageAnalysis {
  const url = parseHttpUrl(pageUrl) ?? new URL('about:blank')
  const index = new ElementIndex(doc.documentElement)
  const stats = new TextStats(doc.documentElement)
  const found: Findings = {
    url,
    metadata: readMetadata(index, url.href),
    attributions: findAttributions(index, url, stats),
    adapter: findAdapter(index, url),
    repeatedBlocks: findRepeatedBlocks(index, stats),
  }
  return { ...found, stats, index, ...judge(found) }
}

/**
 * Detection for a live page in a browser, as fast as it can be: the browser's own selector
 * engine instead of an index, attribution lines looked for only around text that holds one of
 * their keywords, no text measurement of the whole page, and no search for repeated blocks (a
 * weak hint, weight 0.1, and the costliest step). Auto mode's content script decides with it; extraction still runs the
 * full analysis.
 */
export function quickDetect(doc: Document, pageUrl: string): Detection {
  const url = parseHttpUrl(pageUrl) ?? new URL('about:blank')
  const lookup = new NativeLookup(doc.documentElement)
  return judge({
    url,
    metadata: readMetadata(lookup, url.href),
    attributions: findAttributionsQuick(doc.documentElement, url),
    adapter: findAdapter(lookup, url),
    repeatedBlocks: [],
  }).detection
}

/** Detection alone (the full analysis), for callers that do not extract. */
export function detect(doc: Document, pageUrl: string): Detection {
  return analyzePage(doc, pageUrl).detection
}
