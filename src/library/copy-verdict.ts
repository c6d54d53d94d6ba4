/**
 * Whether a saved story's text came from a republished copy, derived from what every saved
 * record already holds (its copies and its source links), so the reader can show the
 * "Republished copy" mark for stories saved before this existed, and imports keep it too.
 *
 * Core only ever names an original article or a publisher that lives on another site than the
 * page it read (sources.ts), and those are the pages it judges to be copies: on the fixtures and
 * the shared corpus (262 pages with a story) "names an upstream link off its own site" and core's
 * `isAggregator` agree on all but one, a Wikipedia test page served at a made-up host, whose
 * JSON-LD then names wikipedia.org as another site. The page that matters is the first copy: its
 * text is the one the list keeps (a later copy only adds its address and links), and the reader
 * shows it as "Republished at". Storing the verdict instead would need a record change, an
 * upgrade for every story already saved (which could only derive it this way anyway) and an
 * export format change, to say what the links already say. The detection's signals (the "why")
 * are not kept, so the saved story shows the mark without them.
 */
import { parseHttpUrl, sameSite } from '../core/url.ts'
import type { SavedArticle } from './types.ts'
import { urlKey } from './url-key.ts'

export function savedFromCopy(article: Pick<SavedArticle, 'copies' | 'sources'>): boolean {
  const pageHref = article.copies[0]?.url
  const page = pageHref ? parseHttpUrl(pageHref) : null
  if (!page || !pageHref) return false
  const pageKey = urlKey(pageHref)
  return article.sources.some((source) => {
    if (source.kind !== 'original' && source.kind !== 'publisher') return false
    const url = parseHttpUrl(source.url)
    if (!url) return false
    // The same story saved from its original too (merged entries carry both): that page is
    // not a copy of itself.
    if (source.kind === 'original' && urlKey(source.url) === pageKey) return false
    return !sameSite(url, page)
  })
}
