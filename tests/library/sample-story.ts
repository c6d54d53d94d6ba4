/** One invented story, as a save receives it, for tests that need any story at all. */
import type { Incoming } from '../../src/library/save.ts'

export function ferryStory(): Incoming {
  return {
    pageUrl: 'https://dnyuz.com/ferry/',
    article: {
      title: 'Port Ellery adds a late ferry',
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: 'en',
      dir: 'ltr',
      excerpt: null,
      leadImage: null,
      wordCount: 3,
      readingTimeMinutes: 1,
      status: 'unread',
      savedAt: 1_700_000_000_000,
      sources: [],
      tags: [],
    },
    content: { html: '<p>The cannery shift</p>', text: 'The cannery shift' },
  }
}
