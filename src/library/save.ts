/**
 * Saving a story, and merging copies of one story into one entry. Each save is one IndexedDB
 * transaction over the three tables: the check for an existing copy and the write happen
 * together, so twenty tabs saving at once cannot create duplicates or lose an entry.
 */
import type { Source } from '../core/types.ts'
import type { ArticleResult } from '../messaging/outcome.ts'
import { articleFields } from './article-fields.ts'
import { newArticleId } from './article-id.ts'
import { type LibraryDb, type LookupRecord, library } from './db.ts'
import { writing } from './errors.ts'
import { fingerprint, SAME_STORY_SIMILARITY, similarity } from './fingerprint.ts'
import { searchTerms } from './search-terms.ts'
import type { SavedArticle, SavedContent } from './types.ts'
import { urlKey, urlKeys } from './url-key.ts'

export type SaveKind =
  /** A story not in the list before. */
  | 'added'
  /** Another copy of a story already in the list: its link was added to that entry. */
  | 'merged'
  /** This very page was saved before: nothing changed. */
  | 'unchanged'

export interface SaveOutcome {
  id: string
  kind: SaveKind
}

/** What a save brings: the story (or only a link) and the page it was saved from. */
export interface Incoming {
  pageUrl: string
  article: Omit<SavedArticle, 'id' | 'copies' | 'hasContent' | 'updatedAt'>
  content: { html: string; text: string } | null
}

// A publisher's home page is shared by all its stories: never a key for one story.
const STORY_LINKS: ReadonlySet<Source['kind']> = new Set(['original', 'canonical', 'page'])

function keysOf(incoming: Incoming): string[] {
  return urlKeys([
    incoming.pageUrl,
    ...incoming.article.sources.filter((s) => STORY_LINKS.has(s.kind)).map((s) => s.url),
  ])
}

export function incomingFromResult(result: ArticleResult, pageUrl: string, now: number): Incoming {
  const { article } = result
  return {
    pageUrl,
    article: {
      ...articleFields(article),
      status: 'unread',
      savedAt: now,
      sources: result.sources.filter((s) => s.kind !== 'page'),
      tags: [],
    },
    content: { html: article.html, text: article.text },
  }
}

/** The saved story this one is a copy of: same address (in any variant), or near-identical text. */
async function findMatch(
  db: LibraryDb,
  keys: string[],
  text: string | null,
): Promise<LookupRecord | null> {
  if (keys.length > 0) {
    const byUrl = await db.lookup.where('urlKeys').anyOf(keys).first()
    if (byUrl) return byUrl
  }
  const print = text ? fingerprint(text) : null
  if (!print) return null
  const candidates = await db.lookup.where('bands').anyOf(print.bands).toArray()
  let best: LookupRecord | null = null
  let bestScore = SAME_STORY_SIMILARITY
  for (const candidate of candidates) {
    const score = similarity(print.signature, candidate.signature)
    if (score >= bestScore) {
      best = candidate
      bestScore = score
    }
  }
  return best
}

function mergeSources(a: Source[], b: Source[]): Source[] {
  const seen = new Set(a.map((s) => `${s.kind} ${s.url}`))
  return [...a, ...b.filter((s) => !seen.has(`${s.kind} ${s.url}`))]
}

function lookupFor(id: string, keys: string[], incoming: Incoming): LookupRecord {
  const text = incoming.content?.text ?? ''
  const print = text ? fingerprint(text) : null
  return {
    id,
    urlKeys: keys,
    bands: print?.bands ?? [],
    signature: print?.signature ?? [],
    words: searchTerms(incoming.article.title, text),
  }
}

/** Saves inside an open transaction (used by single saves and by imports). */
export async function saveInTransaction(
  db: LibraryDb,
  incoming: Incoming,
  now: number,
): Promise<SaveOutcome> {
  const keys = keysOf(incoming)
  const match = await findMatch(db, keys, incoming.content?.text ?? null)
  if (!match) {
    const id = newArticleId(incoming.article.savedAt)
    const article: SavedArticle = {
      ...incoming.article,
      id,
      copies: [{ url: incoming.pageUrl, savedAt: incoming.article.savedAt }],
      hasContent: incoming.content !== null,
      updatedAt: now,
    }
    await db.articles.add(article)
    if (incoming.content) await db.contents.add({ id, ...incoming.content })
    await db.lookup.add(lookupFor(id, keys, incoming))
    return { id, kind: 'added' }
  }

  const existing = await db.articles.get(match.id)
  if (!existing) throw new Error('The reading list is inconsistent: a story without its entry.')
  const pageKey = urlKey(incoming.pageUrl)
  const known = existing.copies.some((copy) => urlKey(copy.url) === pageKey)
  const addsContent = !existing.hasContent && incoming.content !== null
  if (known && !addsContent) return { id: existing.id, kind: 'unchanged' }

  const updated: SavedArticle = {
    ...existing,
    ...(addsContent
      ? { ...incoming.article, status: existing.status, savedAt: existing.savedAt }
      : {}),
    copies: known
      ? existing.copies
      : [...existing.copies, { url: incoming.pageUrl, savedAt: incoming.article.savedAt }],
    sources: mergeSources(existing.sources, incoming.article.sources),
    tags: [...new Set([...existing.tags, ...incoming.article.tags])],
    hasContent: existing.hasContent || addsContent,
    updatedAt: now,
  }
  await db.articles.put(updated)
  const lookup: LookupRecord = addsContent
    ? lookupFor(existing.id, [...new Set([...match.urlKeys, ...keys])], incoming)
    : { ...match, urlKeys: [...new Set([...match.urlKeys, ...keys])] }
  await db.lookup.put(lookup)
  if (addsContent && incoming.content) {
    await db.contents.put({ id: existing.id, ...incoming.content } satisfies SavedContent)
  }
  return { id: existing.id, kind: 'merged' }
}

export function saveStory(incoming: Incoming, db: LibraryDb = library()): Promise<SaveOutcome> {
  return writing('save', () =>
    db.transaction('rw', db.articles, db.contents, db.lookup, () =>
      saveInTransaction(db, incoming, Date.now()),
    ),
  )
}

/** The id of the saved story this page is a copy of, if any (for "Already saved"). */
export async function findSaved(
  incoming: Incoming,
  db: LibraryDb = library(),
): Promise<string | null> {
  const match = await db.transaction('r', db.lookup, () =>
    findMatch(db, keysOf(incoming), incoming.content?.text ?? null),
  )
  return match?.id ?? null
}
