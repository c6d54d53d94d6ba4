import type { ElementLookup } from '../element-lookup.ts'
import type { Source } from '../types.ts'

/**
 * One aggregator family's exact rules. Generic cleaning runs first; an adapter adds what only
 * its template needs. Adding a family is one file in this folder plus its entry in registry.ts.
 */
export interface SiteAdapter {
  /** Short id, also the fixture family name: `jnews`, `tagdiv`, `yahoo`, `msn`, `newsbreak`, `amp`. */
  id: string
  /** Human-readable family name, shown among detection signals. */
  name: string
  /** Host names this family is known to run on (for the auto-mode catalogue); subdomains included. */
  knownHosts: string[]
  /** Whether every story page of this family is a republished copy (MSN, NewsBreak, dnyuz …). */
  republishes: boolean
  /** Cheap test: does this page use the template? Host match or a marker in the markup. */
  matches(page: ElementLookup, url: URL): boolean
  /** Elements to drop from the clone before Readability (menus, widgets, related lists …). */
  remove?: string[]
  /** The story's container, when the template marks it precisely; cleaning is then scoped to it. */
  content?: string[]
  /** Where the headline, byline and date are, when the template marks them. */
  title?: string[]
  byline?: string[]
  published?: string[]
  /** Links to the original story and publisher that only this template shows (e.g. a provider logo). */
  sources?(page: ElementLookup, url: URL): Source[]
}
