/** The one place that imports Readability: it scores what cleaning left and finds the story. */
import { Readability } from '@mozilla/readability'

export interface ReadabilityArticle {
  title: string | null
  contentHtml: string
  byline: string | null
  excerpt: string | null
  siteName: string | null
  lang: string | null
  dir: string | null
  publishedTime: string | null
}

/** Runs Readability on `doc`, which it mutates: pass a clone. Null when it finds no story. */
export function runReadability(doc: Document): ReadabilityArticle | null {
  const parsed = new Readability(doc, {
    // Readability's default drops every class; keep none but the caption ones it already keeps.
    charThreshold: 400,
  }).parse()
  if (!parsed?.content) return null
  return {
    title: parsed.title ?? null,
    contentHtml: parsed.content,
    byline: parsed.byline ?? null,
    excerpt: parsed.excerpt ?? null,
    siteName: parsed.siteName ?? null,
    lang: parsed.lang ?? null,
    dir: parsed.dir ?? null,
    publishedTime: parsed.publishedTime ?? null,
  }
}
