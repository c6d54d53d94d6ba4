/**
 * Invented stories for reading-list tests, as records of Upstream's own export file (which the
 * list page imports like a user's backup). Each body is built from its own words, so no two are
 * near-duplicates (the list would merge those) and a search word is found only where it was put.
 */
import type { ExportItem } from '../../../src/library/export/item.ts'
import type { ReadStatus } from '../../../src/library/types.ts'

export type InventedStory = ExportItem

const PLACES = ['Port Ellery', 'Mill Valley', 'Cedar Falls', 'Ashby Point', 'Wren Harbour']
const VERBS = ['counted', 'approved', 'delayed', 'inspected', 'repainted', 'measured']
const THINGS = ['benches', 'gutters', 'signposts', 'kerbs', 'railings', 'culverts', 'awnings']

/** A body of a dozen sentences around `word`, different for each `seed`. */
function body(word: string, seed: number): string {
  return Array.from({ length: 12 }, (_, i) => {
    const place = PLACES[(seed + i) % PLACES.length]
    const verb = VERBS[(seed * 3 + i) % VERBS.length]
    const thing = THINGS[(seed * 5 + i * 2) % THINGS.length]
    return `In ${place} the ${word} crew ${verb} ${seed * 17 + i * 3} ${thing} on day ${i + seed}.`
  }).join('\n\n')
}

/**
 * `[title, status, a word the body holds]`, newest first: each story is saved a minute before
 * the one above it.
 */
export function inventedStories(specs: Array<[string, ReadStatus, string]>): InventedStory[] {
  const newest = Date.UTC(2026, 2, 14, 9, 30)
  return specs.map(([title, status, word], index) => {
    const savedAt = newest - index * 60_000
    const id = `0000000000-invented${String(index).padStart(6, '0')}`
    const text = body(word, index + 1)
    const url = `https://news.example.org/${index + 1}/${word}-${title.toLowerCase().replace(/\W+/g, '-')}`
    return {
      article: {
        id,
        title,
        byline: null,
        siteName: 'Example Gazette',
        publishedTime: null,
        lang: 'en',
        dir: 'ltr',
        excerpt: null,
        leadImage: null,
        wordCount: text.split(/\s+/).length,
        readingTimeMinutes: 1,
        status,
        savedAt,
        updatedAt: savedAt,
        copies: [{ url, savedAt }],
        sources: [],
        tags: [],
        hasContent: true,
      },
      content: {
        id,
        html: text
          .split('\n\n')
          .map((p) => `<p>${p}</p>`)
          .join(''),
        text,
      },
    }
  })
}
