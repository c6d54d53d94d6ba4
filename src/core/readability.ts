/** The one place that imports Readability: it scores what cleaning left and finds the story. */
import { Readability } from '@mozilla/readability'

export interface ReadabilityArticle {
  title: string | null
  /** The story's root element, still in the (inert) clone: no serialise-and-reparse round trip. */
  content: Element
  byline: string | null
  excerpt: string | null
  siteName: string | null
  lang: string | null
  dir: string | null
  publishedTime: string | null
}

/** Runs Readability on `doc`, which it mutates: pass a clone. Null when it finds no story. */
export function runReadability(doc: Document): ReadabilityArticle | null {
  const parsed = new Readability<Element>(doc, {
    charThreshold: 400,
    // Hand back the element itself: sanitizing works on it in place, skipping an innerHTML
    // serialisation and a second parse.
    serializer: (node) => node as Element,
  }).parse()
  if (!parsed?.content) return null
  return {
    title: parsed.title ?? null,
    content: parsed.content,
    byline: parsed.byline ?? null,
    excerpt: parsed.excerpt ?? null,
    siteName: parsed.siteName ?? null,
    lang: parsed.lang ?? null,
    dir: parsed.dir ?? null,
    publishedTime: parsed.publishedTime ?? null,
  }
}
