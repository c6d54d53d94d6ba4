/**
 * A byline names a person. Aggregators and CMSs often fill the author field with the publisher
 * ("By New York Times"), the wire ("AP"), or the account that posted the copy ("newsdesk",
 * "admin"); shown as "By …" that misleads, and the publisher already shows as the source. This
 * keeps a byline only when it reads as people's names, after dropping a trailing outlet
 * ("Jane Doe, The New York Times" → "Jane Doe").
 */
import { knownPublisher } from './publishers.ts'
import { normalizeSpace } from './text.ts'

// Words that name an organisation or a desk rather than a person, in the languages we read.
const ORG_WORDS =
  /\b(?:news|newsdesk|desk|staff|team|editors?|editorial|admin(?:istrator)?|webmaster|wires?|agenc(?:y|ies)|press|times|post|journal|tribune|herald|gazette|daily|media|online|digital|network|redaktion|redacci[oó]n|r[eé]daction|redazione|redactie|reda[cç][aã]o|correspondents?|reporters?|contributors?|guest|sponsored|partner)\b/i

/** "The New York Times" and "new-york-times" compare equal. */
function key(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

function isOrganisation(name: string, outlets: ReadonlySet<string>): boolean {
  const k = key(name)
  if (k === '' || outlets.has(k)) return true
  if (knownPublisher(name)) return true
  return ORG_WORDS.test(name)
}

/** An account name: one lower-case token, or one with digits, "@" or "_" ("newsdesk", "user_12"). */
function isAccount(name: string): boolean {
  if (/[@_\d]/.test(name)) return true
  return !/\s/.test(name) && name === name.toLowerCase()
}

function isPersonName(name: string, outlets: ReadonlySet<string>): boolean {
  if (name.length < 3 || name.length > 100) return false
  if (isAccount(name) || isOrganisation(name, outlets)) return false
  // Names have letters; "—" or "2 hours ago" is not one.
  return /\p{L}{2}/u.test(name)
}

/**
 * The byline to show, or null. `outlets`: names the page gives its site and its sources
 * (site name, publisher, the host's own name).
 */
export function personByline(raw: string | null, outlets: readonly string[]): string | null {
  if (!raw) return null
  const known = new Set(outlets.map(key).filter(Boolean))
  let name = normalizeSpace(raw).replace(/^(?:by|von|por|par|di|door|بقلم)\s*[:：]?\s+/i, '')
  // "Jane Doe, The New York Times" / "Jane Doe | AP" / "Jane Doe for Reuters": drop the outlet.
  const suffix = /^(.+?)\s*(?:[,|–—]|\s-\s|\bfor\b|\bof\b)\s*(.+)$/i.exec(name)
  if (suffix?.[1] && suffix[2] && isOrganisation(suffix[2], known)) name = suffix[1]
  // Several authors: keep those that are people.
  const people = name
    .split(/\s*(?:,|&|\band\b|\bund\b|\by\b|\bet\b|\be\b)\s*/i)
    .filter((part) => part !== '')
  if (people.length > 1) {
    const kept = people.filter((person) => isPersonName(person, known))
    return kept.length === people.length ? name : kept.length > 0 ? kept.join(', ') : null
  }
  return isPersonName(name, known) ? name : null
}
