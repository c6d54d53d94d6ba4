/** Reads what the page says about itself: canonical URL, Open Graph, JSON-LD. */
import type { ElementLookup } from './element-lookup.ts'
import { normalizeSpace } from './text.ts'
import { parseHttpUrl } from './url.ts'

export interface LinkedRef {
  url: string | null
  name: string | null
}

export interface PageMetadata {
  canonical: URL | null
  ogType: string | null
  ogUrl: URL | null
  ogTitle: string | null
  ogSiteName: string | null
  ogImage: string | null
  description: string | null
  publishedTime: string | null
  author: string | null
  /** JSON-LD article fields, from the first object whose @type is an article type. */
  ld: {
    headline: string | null
    mainEntityOfPage: string | null
    isBasedOn: LinkedRef | null
    provider: LinkedRef | null
    sourceOrganization: LinkedRef | null
    publisher: LinkedRef | null
    author: string | null
    datePublished: string | null
    url: string | null
  } | null
  /** True when JSON-LD lists many articles (ItemList, CollectionPage): a list page. */
  ldIsList: boolean
}

/** `<meta>` values by lowercased property / name / itemprop; the first one on the page wins. */
function metaTags(index: ElementLookup): Map<string, string> {
  const map = new Map<string, string>()
  for (const el of index.query('meta')) {
    const content = normalizeSpace(el.getAttribute('content') ?? '')
    if (!content) continue
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase()
      if (key && !map.has(key)) map.set(key, content)
    }
  }
  return map
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|ScholarlyArticle|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|SocialMediaPosting|TechArticle|WebPage)$/

function typesOf(obj: JsonObject): string[] {
  const t = obj['@type']
  if (typeof t === 'string') return [t]
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string')
  return []
}

/** Flattens @graph arrays and top-level arrays into one list of objects. */
function ldObjects(index: ElementLookup): JsonObject[] {
  const out: JsonObject[] = []
  const visit = (value: Json) => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (isObject(value)) {
      out.push(value)
      const graph = value['@graph']
      if (graph) visit(graph)
    }
  }
  for (const script of index.query('script[type="application/ld+json" i]')) {
    try {
      // Some CMSs wrap JSON-LD in CDATA or leave trailing semicolons.
      const raw = (script.textContent ?? '')
        .replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')
        .replace(/;\s*$/, '')
      visit(JSON.parse(raw) as Json)
    } catch {
      // Broken JSON-LD is common on real pages; ignore it like browsers do.
    }
  }
  return out
}

function str(value: Json | undefined): string | null {
  if (typeof value === 'string') return normalizeSpace(value) || null
  if (Array.isArray(value)) return str(value[0])
  if (isObject(value)) return str(value['@id'] ?? value.url ?? value.name)
  return null
}

function ref(value: Json | undefined): LinkedRef | null {
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) return ref(value[0])
  if (typeof value === 'string') {
    return /^https?:/i.test(value) ? { url: value, name: null } : { url: null, name: value }
  }
  if (isObject(value)) {
    const url =
      str(value.url) ??
      (typeof value['@id'] === 'string' && /^https?:/i.test(value['@id']) ? value['@id'] : null)
    const name = typeof value.name === 'string' ? normalizeSpace(value.name) : null
    return url || name ? { url, name } : null
  }
  return null
}

function personNames(value: Json | undefined): string | null {
  if (value === undefined || value === null) return null
  const list = Array.isArray(value) ? value : [value]
  const names = list
    .map((v) =>
      typeof v === 'string' ? v : isObject(v) && typeof v.name === 'string' ? v.name : '',
    )
    .map(normalizeSpace)
    .filter(Boolean)
  return names.length ? names.join(', ') : null
}

export function readMetadata(index: ElementLookup, pageUrl: string): PageMetadata {
  const tags = metaTags(index)
  const meta = (...keys: string[]) => keys.map((k) => tags.get(k)).find(Boolean) ?? null
  const canonicalHref = index.query('link[rel~="canonical" i]')[0]?.getAttribute('href')
  const objects = ldObjects(index)
  const article = objects.find((o) =>
    typesOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage'),
  )
  const ldIsList = objects.some((o) =>
    typesOf(o).some((t) => t === 'ItemList' || t === 'CollectionPage'),
  )
  return {
    canonical: parseHttpUrl(canonicalHref, pageUrl),
    ogType: meta('og:type')?.toLowerCase() ?? null,
    ogUrl: parseHttpUrl(meta('og:url'), pageUrl),
    ogTitle: meta('og:title', 'twitter:title'),
    ogSiteName: meta('og:site_name', 'application-name'),
    ogImage: meta('og:image', 'og:image:url', 'twitter:image'),
    description: meta('og:description', 'description', 'twitter:description'),
    publishedTime: meta(
      'article:published_time',
      'datePublished',
      'date',
      'parsely-pub-date',
      'sailthru.date',
    ),
    author: meta('author', 'article:author', 'parsely-author', 'sailthru.author'),
    ld: article
      ? {
          headline: str(article.headline) ?? str(article.name),
          mainEntityOfPage: str(article.mainEntityOfPage),
          isBasedOn: ref(article.isBasedOn ?? article.isBasedOnUrl),
          provider: ref(article.provider),
          sourceOrganization: ref(article.sourceOrganization),
          publisher: ref(article.publisher),
          author: personNames(article.author),
          datePublished: str(article.datePublished),
          url: str(article.url),
        }
      : null,
    ldIsList,
  }
}
