/**
 * The built-in catalogue of aggregator sites a user can switch auto reader mode on for, one by
 * one: the hosts our site adapters know. A host already covered by a listed parent
 * (news.yahoo.com under yahoo.com) is not listed again, since a rule includes subdomains.
 */
import { SITE_ADAPTERS } from '../core/sites/registry.ts'

export interface CatalogueEntry {
  site: string
  /** The family that site uses, shown beside it ("MSN", "WordPress JNews"). */
  family: string
}

function coveredBy(host: string, parent: string): boolean {
  return host !== parent && host.endsWith(`.${parent}`)
}

export function siteCatalogue(): CatalogueEntry[] {
  const entries = SITE_ADAPTERS.flatMap((adapter) =>
    adapter.knownHosts.map((host) => ({ site: host.replace(/^www\./, ''), family: adapter.name })),
  )
  return entries
    .filter((entry, i) => entries.findIndex((other) => other.site === entry.site) === i)
    .filter((entry) => !entries.some((other) => coveredBy(entry.site, other.site)))
    .sort((a, b) => a.site.localeCompare(b.site))
}
