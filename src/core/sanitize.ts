/**
 * The one HTML sanitizer. Every HTML string that leaves core is rendered in extension pages
 * (popup, reader tab, reading list) that run with extension privileges, and the page it came
 * from is hostile. So this is a strict allowlist of article markup, not a blocklist: anything
 * not named below is dropped (its text kept), and every URL must be absolute with an allowed
 * scheme, checked with the same WHATWG URL parser the browser will use.
 *
 * This is the only module that imports DOMPurify.
 */
import createDOMPurify, {
  type Config,
  type DOMPurify,
  type UponSanitizeAttributeHookEvent,
  type WindowLike,
} from 'dompurify'

/** Elements an article body may contain. No forms, embeds, scripts, styles, SVG or MathML. */
const ALLOWED_TAGS: readonly string[] = [
  // Blocks and sections (not aside: it is page furniture, its text is kept anyway)
  'p br hr h1 h2 h3 h4 h5 h6 div section article blockquote pre',
  // Links and media
  'a img figure figcaption picture source',
  // Lists
  'ul ol li dl dt dd',
  // Inline text
  'q cite code kbd samp em strong b i u s del ins sub sup small mark abbr time span',
  // Tables
  'table caption thead tbody tfoot tr th td col colgroup',
].flatMap((group) => group.split(' '))

/** Attributes allowed on any allowed element. No class, id, style, data-*, aria-* or on*. */
const GLOBAL_ATTRS: readonly string[] = ['title', 'lang', 'dir']

/**
 * Attributes allowed only on specific elements, so e.g. `src` on a `<source>` (which would be a
 * media URL for `<video>`) or `type` on anything but `<ol>` never survives.
 */
const ATTRS_BY_TAG: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height'],
  source: ['srcset', 'sizes'],
  ol: ['start', 'reversed', 'type'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  time: ['datetime'],
  del: ['datetime', 'cite'],
  ins: ['datetime', 'cite'],
  blockquote: ['cite'],
  q: ['cite'],
}

/** Every attribute name that is allowed somewhere; DOMPurify's own first-pass filter. */
const ALLOWED_ATTR: readonly string[] = [
  ...new Set([...GLOBAL_ATTRS, ...Object.values(ATTRS_BY_TAG).flat()]),
]

/** Attributes that hold URLs; each gets a scheme check below. */
const URL_ATTRS: ReadonlySet<string> = new Set(['href', 'src', 'srcset', 'cite'])

/**
 * DOMPurify applies ALLOWED_URI_REGEXP to every attribute not marked URI-safe. Our regexp only
 * admits URLs, so the non-URL attributes must be marked URI-safe or `width="600"` would go.
 */
const NON_URL_ATTRS: readonly string[] = ALLOWED_ATTR.filter((name) => !URL_ATTRS.has(name))

/** Schemes a link may navigate to. */
const LINK_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:'])
/** Schemes an image or a citation may point at: no data:, blob:, javascript: or file:. */
const RESOURCE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:'])

const DIR_VALUES: ReadonlySet<string> = new Set(['ltr', 'rtl', 'auto'])

/** A srcset descriptor list: nothing, or width/density/height descriptors such as `2x`, `640w`. */
const SRCSET_DESCRIPTORS =
  /^(?:(?:\d+(?:\.\d+)?|\.\d+)[wxh](?:\s+(?:\d+(?:\.\d+)?|\.\d+)[wxh])*)?$/i
/** ASCII whitespace as the HTML spec defines it for srcset parsing. */
const HTML_SPACE = /[\t\n\f\r ]/

const CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTR],
  ADD_URI_SAFE_ATTR: [...NON_URL_ATTRS],
  // Second line of defence behind the URL-parser check in the hook: DOMPurify tests this
  // against the value with all whitespace and control characters removed.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SAFE_FOR_XML: true,
  SANITIZE_DOM: true,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
  RETURN_TRUSTED_TYPE: false,
}

/** One configured DOMPurify per window: creating one and installing hooks is not free. */
const purifiers = new WeakMap<Window, DOMPurify>()

/**
 * Sanitize article HTML for rendering in an extension page. `win` is the window whose DOM does
 * the parsing (browser window or jsdom window).
 */
export function sanitizeHtml(html: string, win: Window): string {
  const out: unknown = purifierFor(win).sanitize(html, CONFIG)
  // Fail closed: never hand back anything but the string DOMPurify produced.
  if (typeof out !== 'string')
    throw new TypeError('sanitizeHtml: DOMPurify did not return a string')
  return out
}

/** The same policy, handing back DOM nodes instead of markup. */
const FRAGMENT_CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ...CONFIG,
  RETURN_DOM_FRAGMENT: true,
}

/** Node.DOCUMENT_FRAGMENT_NODE, without reaching for a particular window's `Node`. */
const DOCUMENT_FRAGMENT_NODE = 11

/**
 * Sanitize article HTML into a fragment of nodes, for an extension page to append. DOMPurify
 * parses the markup in an inert document of its own (no scripts run, nothing loads there) and
 * hands back the nodes it kept, so the clean result is never turned into a string and parsed a
 * second time in the page: nothing can read differently the second time (mutation XSS), and the
 * page itself never assigns markup (`innerHTML`). The nodes still belong to that inert document;
 * appending them adopts them.
 */
export function sanitizeHtmlToFragment(html: string, win: Window): DocumentFragment {
  const out: unknown = purifierFor(win).sanitize(html, FRAGMENT_CONFIG)
  // Fail closed, as above: only a fragment DOMPurify built is handed on.
  if (!isFragment(out)) {
    throw new TypeError('sanitizeHtmlToFragment: DOMPurify did not return a fragment')
  }
  return out
}

function isFragment(value: unknown): value is DocumentFragment {
  return (
    typeof value === 'object' &&
    value !== null &&
    'nodeType' in value &&
    value.nodeType === DOCUMENT_FRAGMENT_NODE
  )
}

/**
 * The same sanitizer applied to an element in place, for article markup that is already a DOM
 * tree in an inert document (the extraction clone): no serialise-and-reparse. Callers serialise
 * the result once; extension pages sanitize that string again before rendering it.
 */
export function sanitizeElementInPlace(el: Element, win: Window): void {
  replaceCustomizedBuiltIns(el)
  purifierFor(win).sanitize(el, { ...CONFIG, IN_PLACE: true })
}

/**
 * A customized built-in element (`<p is="x-card">`) keeps the name it was created with after
 * its `is` attribute is gone, and serialising re-emits it. DOMPurify therefore blanks the
 * attribute when it returns markup (`is=""`), and drops such an element outright, text and all,
 * when it returns nodes (sanitizeHtmlToFragment, which extension pages render). So each one here
 * becomes a plain element of its tag with the same attributes and children: the story's text
 * reaches the extension pages, and no custom element name does.
 */
function replaceCustomizedBuiltIns(root: Element): void {
  for (const el of root.querySelectorAll('[is]')) {
    const plain = el.ownerDocument.createElementNS(el.namespaceURI, el.localName)
    for (const attr of el.attributes) {
      if (attr.name !== 'is') plain.setAttributeNS(attr.namespaceURI, attr.name, attr.value)
    }
    plain.append(...el.childNodes)
    el.replaceWith(plain)
  }
}

function purifierFor(win: Window): DOMPurify {
  const cached = purifiers.get(win)
  if (cached) return cached
  const purifier = createDOMPurify(win as unknown as WindowLike)
  // An unsupported window makes DOMPurify return its input unchanged; refuse instead.
  if (!purifier.isSupported) throw new Error('sanitizeHtml: DOMPurify cannot run in this window')
  purifier.addHook('uponSanitizeAttribute', checkAttribute)
  purifier.addHook('afterSanitizeAttributes', hardenLink)
  purifiers.set(win, purifier)
  return purifier
}

/** Drops attributes not allowed on this element and rewrites or drops unsafe values. */
function checkAttribute(node: Element, event: UponSanitizeAttributeHookEvent): void {
  const tag = node.nodeName.toLowerCase()
  if (!isAllowedOn(tag, event.attrName)) {
    event.keepAttr = false
    return
  }
  const value = cleanValue(event.attrName, event.attrValue)
  if (value === null) event.keepAttr = false
  else event.attrValue = value
}

function isAllowedOn(tag: string, attr: string): boolean {
  return GLOBAL_ATTRS.includes(attr) || (ATTRS_BY_TAG[tag]?.includes(attr) ?? false)
}

/** The value to keep for an allowed attribute, or null to drop the attribute. */
function cleanValue(attr: string, value: string): string | null {
  switch (attr) {
    case 'href':
      return isLinkUrl(value) ? value : null
    case 'src':
    case 'cite':
      return hasScheme(value, RESOURCE_SCHEMES) ? value : null
    case 'srcset':
      return cleanSrcset(value)
    case 'dir':
      return DIR_VALUES.has(value.toLowerCase()) ? value.toLowerCase() : null
    default:
      return value
  }
}

/**
 * Core has already made links absolute; what is left relative is either an in-article
 * `#fragment` (kept) or something we cannot resolve safely against an extension page (dropped).
 */
function isLinkUrl(value: string): boolean {
  return value.startsWith('#') || hasScheme(value, LINK_SCHEMES)
}

/**
 * Parses like the browser does (entities are already decoded by the HTML parser; the URL parser
 * strips leading control characters and embedded tabs/newlines), so obfuscations such as
 * `\x01java\tscript:` or `JaVaScRiPt:` are seen as what they are.
 */
function hasScheme(value: string, schemes: ReadonlySet<string>): boolean {
  const url = parseAbsoluteUrl(value)
  return url !== null && schemes.has(url.protocol)
}

function parseAbsoluteUrl(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}

interface SrcsetCandidate {
  url: string
  descriptors: string
}

/** Keeps the srcset candidates that are http(s) with plain descriptors; null if none are left. */
function cleanSrcset(value: string): string | null {
  const kept = parseSrcset(value).filter(
    (c) => hasScheme(c.url, RESOURCE_SCHEMES) && SRCSET_DESCRIPTORS.test(c.descriptors),
  )
  if (kept.length === 0) return null
  return kept.map((c) => (c.descriptors ? `${c.url} ${c.descriptors}` : c.url)).join(', ')
}

/**
 * Splits a srcset the way the HTML spec does: a URL is a run of non-space characters (commas
 * inside it are part of the URL unless trailing), descriptors run to the next comma outside
 * parentheses. Splitting naively on commas would cut CDN URLs like `/w_100,h_80/a.jpg`.
 */
function parseSrcset(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = []
  let pos = 0
  while (pos < value.length) {
    pos = skipWhile(value, pos, (ch) => HTML_SPACE.test(ch) || ch === ',')
    if (pos >= value.length) break
    const urlEnd = skipWhile(value, pos, (ch) => !HTML_SPACE.test(ch))
    const rawUrl = value.slice(pos, urlEnd)
    pos = urlEnd
    if (rawUrl.endsWith(',')) {
      candidates.push({ url: rawUrl.replace(/,+$/, ''), descriptors: '' })
      continue
    }
    const descEnd = descriptorsEnd(value, pos)
    candidates.push({ url: rawUrl, descriptors: value.slice(pos, descEnd).trim() })
    pos = descEnd
  }
  return candidates
}

function skipWhile(value: string, from: number, test: (ch: string) => boolean): number {
  let pos = from
  while (pos < value.length && test(value.charAt(pos))) pos++
  return pos
}

/** Index of the comma ending a descriptor list (or the end), ignoring commas inside `(...)`. */
function descriptorsEnd(value: string, from: number): number {
  let depth = 0
  for (let pos = from; pos < value.length; pos++) {
    const ch = value.charAt(pos)
    if (ch === '(') depth++
    else if (ch === ')') depth = Math.max(0, depth - 1)
    else if (ch === ',' && depth === 0) return pos
  }
  return value.length
}

/**
 * Links open outside the extension page, and the target page gets neither `window.opener`
 * (which would reach back into a privileged page) nor a referrer naming the extension.
 */
function hardenLink(node: Element): void {
  if (node.nodeName.toLowerCase() !== 'a' || !node.hasAttribute('href')) return
  node.setAttribute('target', '_blank')
  node.setAttribute('rel', 'noopener noreferrer')
}
