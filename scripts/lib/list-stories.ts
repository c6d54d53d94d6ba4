/**
 * The invented stories `npm run bench:list` imports: random words from a fixed vocabulary, ~900
 * words each in twelve paragraphs, each with one word of its own (so a search can find exactly
 * one), written as Upstream JSON files of a few hundred stories, as a user with a large Pocket
 * export would import them (one file of 10,000 full stories would be ~140 MB, over the import's
 * 50 MB limit). Deterministic: every run builds the same list.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { exportJson } from '../../src/library/export/upstream-json.ts'
import type { SavedArticle } from '../../src/library/types.ts'

/** Stories per import file. */
export const FILE_SIZE = 500

// A fixed vocabulary of invented-story words; each story draws its own mix, so texts differ.
const VOCABULARY = (
  'harbour council ferry schedule winter cannery orchard valley growers hives bloom terraces ' +
  'bridge repairs budget commission vote district school library heaters volunteers river ' +
  'flood barriers tide surge engineers workshop bakery market grain elevator fire station ' +
  'pavement streets heat paint summer residents mayor transit route bus depot garage apartments ' +
  'pilot program lake level snowpack january rise farmers irrigation canal reservoir drought ' +
  'museum archive letters century mill workers union contract hospital parking fees panel ' +
  'bookstore bank vault lease landlord rent tenants spaceport desert launch pad satellite ' +
  'copper smelter exports mine port cargo glacier ice melt researchers coop grocery olive water'
).split(' ')

/** A small deterministic PRNG (mulberry32), so every run builds the same list. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function story(i: number): {
  article: SavedArticle
  content: { id: string; html: string; text: string }
} {
  const next = random(i + 1)
  const word = () => VOCABULARY[Math.floor(next() * VOCABULARY.length)] ?? 'story'
  const paragraphs = Array.from({ length: 12 }, () => {
    const words = Array.from({ length: 75 }, word)
    // A word unique to each story, so a search can find exactly one.
    if (words.length > 3) words[3] = `marker${i}x`
    return `${words.join(' ')}.`
  })
  const text = paragraphs.join('\n\n')
  const id = `bench-${i}`
  const savedAt = Date.UTC(2026, 0, 1) + i * 60_000
  const title = `${word()} ${word()} ${word()} in ${word()} ${i}`
  return {
    article: {
      id,
      title,
      byline: 'By A. Reporter',
      siteName: 'Example Times',
      publishedTime: null,
      lang: 'en',
      dir: 'ltr',
      excerpt: paragraphs[0]?.slice(0, 200) ?? null,
      leadImage: `https://images.example.com/${i}.jpg`,
      wordCount: 900,
      readingTimeMinutes: 4,
      status: i % 3 === 0 ? 'read' : 'unread',
      savedAt,
      updatedAt: savedAt,
      copies: [{ url: `https://aggregator.example/${i}/story/`, savedAt }],
      sources: [
        {
          url: `https://www.publisher.example/${i}.html`,
          label: 'Example Times',
          kind: 'original',
        },
      ],
      tags: [],
      hasContent: true,
    },
    content: { id, html: paragraphs.map((p) => `<p>${p}</p>`).join(''), text },
  }
}

/** Writes `count` stories into import files in `dir`; returns their paths, in import order. */
export function writeImportFiles(dir: string, count: number): string[] {
  const items = Array.from({ length: count }, (_, i) => story(i))
  const files: string[] = []
  for (let start = 0; start < count; start += FILE_SIZE) {
    const file = join(dir, `upstream-reading-list-${files.length}.json`)
    writeFileSync(file, exportJson(items.slice(start, start + FILE_SIZE), new Date()))
    files.push(file)
  }
  return files
}
