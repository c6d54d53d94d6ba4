/**
 * The story metadata a saved record shares with core's Article (everything but the body), in
 * one place: a save copies it from the extraction, the reader copies it back to show the story.
 */
import type { Article } from '../core/types.ts'

export type ArticleFields = Omit<Article, 'html' | 'text'>

export function articleFields(from: ArticleFields): ArticleFields {
  return {
    title: from.title,
    byline: from.byline,
    siteName: from.siteName,
    publishedTime: from.publishedTime,
    lang: from.lang,
    dir: from.dir,
    excerpt: from.excerpt,
    leadImage: from.leadImage,
    wordCount: from.wordCount,
    readingTimeMinutes: from.readingTimeMinutes,
  }
}
