/**
 * The browsers' rule for which host permissions an extension may request: Chromium's
 * `permissions.request` accepts an origin only if it is a subset of ONE pattern the manifest
 * declares (URLPatternSet::Contains: some single declared pattern must contain it), and Firefox's
 * check (`optionalOrigins.subsumes(new MatchPattern(origin))`) is the same. Anything else is
 * refused before any prompt ("Only permissions specified in the manifest may be requested").
 *
 * Small on purpose: only what our patterns use (no ports, no file:// or <all_urls> requests).
 */

interface HostPattern {
  /** The schemes it covers: `*` means http and https (both browsers; Firefox adds ws/wss). */
  schemes: ReadonlySet<string>
  /** `*` for any host, otherwise a host name. */
  host: string
  /** Whether `*.` was written before the host (any subdomain, and the host itself). */
  subdomains: boolean
}

const PATTERN = /^(\*|https?|wss?):\/\/(\*|\*\.[^/*:]+|[^/*:]+)\/.*$/

/** Parses a match pattern; throws on anything this helper does not understand. */
export function parseHostPattern(pattern: string): HostPattern {
  if (pattern === '<all_urls>')
    return { schemes: new Set(['http', 'https']), host: '*', subdomains: true }
  const parsed = PATTERN.exec(pattern)
  if (!parsed) throw new Error(`Not a host match pattern: ${pattern}`)
  const [, scheme = '', host = ''] = parsed
  const schemes = new Set(scheme === '*' ? ['http', 'https'] : [scheme])
  if (host === '*') return { schemes, host: '*', subdomains: true }
  if (host.startsWith('*.')) return { schemes, host: host.slice(2), subdomains: true }
  return { schemes, host, subdomains: false }
}

/**
 * Whether `declared` contains every URL `requested` matches. Paths are left out: both browsers
 * ignore them for host permissions.
 */
export function containsPattern(declared: string, requested: string): boolean {
  const outer = parseHostPattern(declared)
  const inner = parseHostPattern(requested)
  // Every scheme of the request must be one the declared pattern covers: `*` (http AND https)
  // is therefore not inside `http://…` or `https://…` alone.
  for (const scheme of inner.schemes) if (!outer.schemes.has(scheme)) return false
  if (outer.host === '*') return true
  // A request for a host and all its subdomains fits only a declared pattern that also takes
  // subdomains (`*.y`, where x is y or ends with `.y`).
  if (inner.host === '*' || (inner.subdomains && !outer.subdomains)) return false
  if (!outer.subdomains) return inner.host === outer.host
  return inner.host === outer.host || inner.host.endsWith(`.${outer.host}`)
}

/** Whether one declared pattern (the browsers' rule) contains the requested origin. */
export function coveredBy(declared: readonly string[], requested: string): boolean {
  return declared.some((pattern) => containsPattern(pattern, requested))
}
