/** Reads what the page says about itself: canonical URL, Open Graph, JSON-LD. */
import { normalizeSpace } from './text.ts'
import { parseHttpUrl } from './url.ts'

export interface LinkedRef {
  url: string | null
  name: string | null
}

export interface PageMetadata {
  canonical: URL | null
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

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`)
    const value = el?.getAttribute('content')
    if (value && normalizeSpace(value)) return normalizeSpace(value)
  }
  return null
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
function ldObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = []
  const visit = (value: Json) => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (isObject(value)) {
      out.push(value)
      const graph = value['@graph']
      if (graph) visit(graph)
    }
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      // Some CMSs wrap JSON-LD in CDATA or leave trailing semicolons.
      const raw = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').replace(/;\s*$/, '')
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
    const url = str(value.url) ?? (typeof value['@id'] === 'string' && /^https?:/i.test(value['@id']) ? value['@id'] : null)
    const name = typeof value.name === 'string' ? normalizeSpace(value.name) : null
    return url || name ? { url, name } : null
  }
  return null
}

function personNames(value: Json | undefined): string | null {
  if (value === undefined || value === null) return null
  const list = Array.isArray(value) ? value : [value]
  const names = list
    .map((v) => (typeof v === 'string' ? v : isObject(v) && typeof v.name === 'string' ? v.name : ''))
    .map(normalizeSpace)
    .filter(Boolean)
  return names.length ? names.join(', ') : null
}

export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const canonicalHref = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')
  const objects = ldObjects(doc)
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage'))
  const ldIsList = objects.some((o) =>
    typesOf(o).some((t) => t === 'ItemList' || t === 'CollectionPage'),
  )
  return {
    canonical: parseHttpUrl(canonicalHref, pageUrl),
    ogUrl: parseHttpUrl(meta(doc, 'og:url'), pageUrl),
    ogTitle: meta(doc, 'og:title', 'twitter:title'),
    ogSiteName: meta(doc, 'og:site_name', 'application-name'),
    ogImage: meta(doc, 'og:image', 'og:image:url', 'twitter:image'),
    description: meta(doc, 'og:description', 'description', 'twitter:description'),
    publishedTime: meta(doc, 'article:published_time', 'datePublished', 'date', 'parsely-pub-date', 'sailthru.date'),
    author: meta(doc, 'author', 'article:author', 'parsely-author', 'sailthru.author'),
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
