/**
 * The links that take a reader upstream: the original article, its publisher, the canonical
 * URL and the page itself. Tracking parameters stripped, duplicates dropped.
 */
import type { PageAnalysis } from './detect.ts'
import { knownPublisher } from './publishers.ts'
import type { Source } from './types.ts'
import { hostLabel, parseHttpUrl, sameSite, stripTracking } from './url.ts'

interface Publisher {
  name: string | null
  url: string | null
}

/** A key that treats http/https, `www.` and a trailing slash as the same address. */
function sameAddressKey(href: string): string {
  const url = parseHttpUrl(href)
  if (!url) return href
  return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${url.search}`
}

function crossSite(href: string | null | undefined, page: URL): URL | null {
  const url = parseHttpUrl(href ?? null, page.href)
  return url && !sameSite(url, page) ? url : null
}

/** The original article: stated by an attribution line, the template, or the metadata. */
function findOriginal(
  analysis: PageAnalysis,
  adapterSources: Source[],
): { url: URL; via: string } | null {
  const page = analysis.url
  for (const a of analysis.attributions) {
    const url = crossSite(a.original?.url, page)
    if (url) return { url, via: 'attribution' }
  }
  const fromTemplate = adapterSources.find((s) => s.kind === 'original')
  if (fromTemplate) {
    const url = crossSite(fromTemplate.url, page)
    if (url) return { url, via: 'template' }
  }
  const ld = analysis.metadata.ld
  const candidates = [
    ld?.isBasedOn?.url,
    analysis.metadata.canonical?.href,
    ld?.mainEntityOfPage,
    analysis.metadata.ogUrl?.href,
    ld?.url,
  ]
  for (const href of candidates) {
    const url = crossSite(href, page)
    if (url && url.pathname.length > 1) return { url, via: 'metadata' }
  }
  return null
}

function findPublisher(
  analysis: PageAnalysis,
  adapterSources: Source[],
  original: URL | null,
): Publisher {
  const fromLine = analysis.attributions.find((a) => a.publisher)?.publisher
  const fromTemplate = adapterSources.find((s) => s.kind === 'publisher')
  const ld = analysis.metadata.ld
  const fromLd =
    [ld?.isBasedOn, ld?.provider, ld?.sourceOrganization].find((r) => r?.name || r?.url) ?? null
  // A cache or mirror (cross-site canonical) serves the original's own markup: its
  // og:site_name and JSON-LD publisher name the original publisher, not the page's host.
  const servesOriginal =
    analysis.metadata.canonical !== null && !sameSite(analysis.metadata.canonical, analysis.url)
  const ownName = servesOriginal
    ? (analysis.metadata.ogSiteName ?? ld?.publisher?.name ?? null)
    : null
  const name =
    fromLine?.name ??
    fromTemplate?.label ??
    ownName ??
    adapterSources.find((s) => s.kind === 'original')?.label ??
    fromLd?.name ??
    null
  let url = fromLine?.url ?? fromTemplate?.url ?? null
  if (!url && fromLd?.url)
    url = crossSite(fromLd.url, analysis.url) ? `${new URL(fromLd.url).origin}/` : null
  if (!url && original) url = `${original.origin}/`
  const known = name ? knownPublisher(name) : null
  if (!url && known) url = known.url
  return { name: name ?? known?.name ?? (url ? hostLabel(new URL(url)) : null), url }
}

function push(list: Source[], seen: Set<string>, source: Source): void {
  const url = stripTracking(source.url)
  const key = sameAddressKey(url)
  if (seen.has(key)) return
  seen.add(key)
  list.push({ ...source, url })
}

/** All source links, most upstream first: original, publisher, canonical, the page itself. */
export function buildSources(analysis: PageAnalysis): Source[] {
  const page = analysis.url
  const adapterSources = analysis.adapter?.sources?.(analysis.index, page) ?? []
  const original = findOriginal(analysis, adapterSources)
  const publisher = findPublisher(analysis, adapterSources, original?.url ?? null)
  const sources: Source[] = []
  const seen = new Set<string>()
  const publisherName = publisher.name ?? (original ? hostLabel(original.url) : null)
  if (original) {
    push(sources, seen, {
      url: original.url.href,
      // The label names who wrote it: the UI reads "Originally published by <label>".
      label: publisherName ?? 'the original publisher',
      kind: 'original',
    })
  }
  // A publisher is upstream only when it is not the page's own site.
  const publisherUrl = publisher.url ? parseHttpUrl(publisher.url, page.href) : null
  if (publisherUrl && !sameSite(publisherUrl, page)) {
    push(sources, seen, {
      url: publisherUrl.href,
      label: publisherName ?? hostLabel(publisherUrl),
      kind: 'publisher',
    })
  }
  const canonical = analysis.metadata.canonical
  if (canonical && sameAddressKey(canonical.href) !== sameAddressKey(page.href)) {
    push(sources, seen, {
      url: canonical.href,
      label: `Canonical page on ${hostLabel(canonical)}`,
      kind: 'canonical',
    })
  }
  push(sources, seen, { url: page.href, label: `This page on ${hostLabel(page)}`, kind: 'page' })
  return sources
}
