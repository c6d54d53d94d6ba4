/**
 * Every aggregator family we know. Adding one: write `<family>.ts` beside this file, list it
 * here, add fixtures in tests/fixtures/<family>--<slug>/. Nothing else changes.
 */

import type { ElementLookup } from '../element-lookup.ts'
import { amp } from './amp.ts'
import { jnews } from './jnews.ts'
import { msn } from './msn.ts'
import { newsbreak } from './newsbreak.ts'
import { tagdiv } from './tagdiv.ts'
import type { SiteAdapter } from './types.ts'
import { yahoo } from './yahoo.ts'

// Host-specific families first: a Yahoo page can also carry AMP markers.
export const SITE_ADAPTERS: readonly SiteAdapter[] = [yahoo, msn, newsbreak, jnews, tagdiv, amp]

/** The adapter whose template this page uses, if any. */
export function findAdapter(page: ElementLookup, url: URL): SiteAdapter | null {
  return SITE_ADAPTERS.find((adapter) => adapter.matches(page, url)) ?? null
}
