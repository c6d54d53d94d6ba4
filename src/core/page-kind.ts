/**
 * Does the page hold one article? Cheap structural hints, checked before extraction; the
 * extraction result gets the last word (too little text, or only headline links, is no article).
 */
import type { PageMetadata } from './metadata.ts'
import type { NoArticleCode } from './types.ts'

// Paths of section fronts, archives and feeds, not stories.
// Paths of archives, tag pages and search results: never one story. (A bare "/news/" could be
// either a section front or a post's slug, so it is left to the extraction result to decide.)
export const LIST_PATH =
  /^\/(?:page\/\d+|category|categories|tag|tags|topic|topics|author|authors|search|archive|archives)(?:\/|$)/i

export interface PageKindHint {
  looksLikeList: boolean
  reason: NoArticleCode | null
}

export function pageKindHint(url: URL, metadata: PageMetadata): PageKindHint {
  const ogType = metadata.ogType
  const saysArticle = metadata.ld !== null || ogType === 'article'
  const path = url.pathname
  if (path === '/' || path === '') {
    if (!saysArticle || ogType === 'website') {
      return {
        looksLikeList: true,
        reason: 'home-page',
      }
    }
  }
  if (!saysArticle && LIST_PATH.test(path) && path.split('/').filter(Boolean).length <= 2) {
    return {
      looksLikeList: true,
      reason: 'list-page',
    }
  }
  if (metadata.ldIsList && !saysArticle) {
    return { looksLikeList: true, reason: 'story-list' }
  }
  return { looksLikeList: false, reason: null }
}
