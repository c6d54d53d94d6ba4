/**
 * Attribution lines: the sentences aggregators keep (or add) that name the story's true source,
 * such as WordPress's RSS footer "The post X appeared first on Y." in its many translations.
 * Found once per document; detection weighs them, cleaning removes them from the body, and
 * sources turns their links into "original" and "publisher" links.
 */
import type { ElementLookup } from './element-lookup.ts'
import { normalizeSpace, textOf } from './text.ts'
import type { TextStats } from './text-stats.ts'
import { parseHttpUrl, sameSite } from './url.ts'

export interface AttributionPattern {
  id: string
  /** Matched against the whole, whitespace-normalised text of a short block. */
  pattern: RegExp
  /** How strongly this phrasing says the page is a copy (0..1). */
  weight: number
  /** Whether the phrasing carries "<story link> … <publisher link>", in that order. */
  storyThenPublisher?: boolean
}

// The WordPress RSS footer ("The post %1$s appeared first on %2$s.") as WordPress translates it.
// The title in the middle can hold anything, so it is matched lazily up to the fixed tail.
const WORDPRESS_FOOTERS: Array<[string, RegExp]> = [
  ['en', /^The post .+ appeared first on .+\.?$/i],
  ['es', /^La entrada .+ se public[oó] primero en .+\.?$/i],
  ['es', /^El post .+ apareci[oó] primero en .+\.?$/i],
  ['fr', /^L[’']article .+ est apparu en premier sur .+\.?$/i],
  ['fr', /^Le post .+ est apparu en premier sur .+\.?$/i],
  ['de', /^Der Beitrag .+ erschien zuerst auf .+\.?$/i],
  ['de', /^Der Artikel .+ erschien zuerst (auf|bei|in) .+\.?$/i],
  ['pt', /^O post .+ apareceu primeiro em .+\.?$/i],
  ['pt', /^A entrada .+ apareceu primeiro em .+\.?$/i],
  ['pt', /^O artigo .+ foi publicado primeiro em .+\.?$/i],
  ['it', /^L[’']articolo .+ proviene da .+\.?$/i],
  ['nl', /^(Het bericht|Het artikel) .+ verscheen eerst op .+\.?$/i],
  ['ar', /^ظهرت (المقالة|التدوينة|المقالة) .+ (أولاً|أولا) (على|في) .+$/],
  ['ar', /^(المقالة|التدوينة|المقال) .+ ظهرت (أولاً|أولا) (على|في) .+$/],
]

/** Lines naming the original outright. Each must start the block: "Source: …", "Fuente: …". */
const SOURCE_LINES: Array<[string, RegExp, number]> = [
  ['source', /^(original )?sources?\s?:\s?\S.{0,150}$/i, 0.65],
  ['original-source', /^original (source|article|story|post)\s?:\s?\S.{0,150}$/i, 0.8],
  [
    'read-original',
    /^(read|view|see) (the )?(original|full) (article|story|post|report)( (at|on|from|in) .{1,80})?\.?$/i,
    0.75,
  ],
  ['provided-by', /^(©|\(c\)|copyright)?\s?provided by .{1,80}$/i, 0.8],
  [
    'originally-published',
    /^(this (article|story|post|piece) (was )?)?originally (published|appeared|ran) (in|on|by|at) .{1,150}$/i,
    0.75,
  ],
  [
    'republished',
    /^this (article|story|post|piece) (is|was|has been) republished (from|with permission from|on|by) .{1,200}$/i,
    0.8,
  ],
  [
    'appeared-first',
    /^this (article|story|post) (first )?appeared (first )?(in|on) .{1,150}$/i,
    0.7,
  ],
  // Spanish, French, German, Portuguese, Italian, Arabic.
  ['source-es', /^fuentes?\s?:\s?\S.{0,150}$/i, 0.65],
  [
    'original-es',
    /^(publicad[oa] originalmente (en|por)|este art[ií]culo (fue )?publicado originalmente en|lee (el|la) (art[ií]culo|nota) original( en)?|art[ií]culo original\s?:).{0,150}$/i,
    0.75,
  ],
  ['source-fr', /^sources?\s?:\s?\S.{0,150}$/i, 0.65],
  [
    'original-fr',
    /^(publi[ée]e? (à l[’']origine|initialement|originellement) (sur|par|dans)|cet article a (d[’']abord|initialement) (été publi[ée]|paru) (sur|dans)|lire l[’']article (original|complet) (sur|de)?|article original\s?:).{0,150}$/i,
    0.75,
  ],
  ['source-de', /^quellen?\s?:\s?\S.{0,150}$/i, 0.65],
  [
    'original-de',
    /^(urspr[üu]nglich ver[öo]ffentlicht (auf|in|bei|von)|dieser (artikel|beitrag) erschien (zuerst|urspr[üu]nglich) (auf|in|bei)|zum originalartikel|originalartikel\s?:).{0,150}$/i,
    0.75,
  ],
  ['source-pt', /^fontes?\s?:\s?\S.{0,150}$/i, 0.65],
  [
    'original-pt',
    /^(publicad[oa] originalmente (em|por|no|na)|este (artigo|texto) foi publicado originalmente (em|no|na)|leia (a mat[ée]ria|o artigo|a reportagem) original( em| no| na)?|artigo original\s?:).{0,150}$/i,
    0.75,
  ],
  ['source-it', /^fonti?\s?:\s?\S.{0,150}$/i, 0.65],
  ['source-ar', /^(المصدر|مصدر الخبر|المصادر)\s?:\s?\S.{0,150}$/, 0.65],
  [
    'original-ar',
    /^(نُ?شر(ت)? (في الأصل|أصلا|أصلاً) (على|في)|اقرأ (المقال|الخبر) (الأصلي|كاملا|كاملاً)( على| في)?).{0,150}$/,
    0.75,
  ],
]

export const ATTRIBUTION_PATTERNS: AttributionPattern[] = [
  ...WORDPRESS_FOOTERS.map(([lang, pattern]) => ({
    id: `wordpress-footer-${lang}`,
    pattern,
    weight: 0.95,
    storyThenPublisher: true,
  })),
  ...SOURCE_LINES.map(([id, pattern, weight]) => ({ id, pattern, weight })),
]

// Every pattern in one expression: most short blocks match none, and one test of the union is
// much cheaper than a test per pattern (this runs on every short block of a live page when auto
// mode's content script decides). The `i` flag is harmless for the scripts without case.
const ANY_ATTRIBUTION = new RegExp(ATTRIBUTION_PATTERNS.map((p) => p.pattern.source).join('|'), 'i')

export interface AttributionLink {
  url: string
  label: string
}

export interface Attribution {
  element: Element
  patternId: string
  text: string
  weight: number
  /** The original article, when the line links it. */
  original: AttributionLink | null
  /** The original publisher: a home-page link, or just a name. */
  publisher: { url: string | null; name: string } | null
}

// Attribution lines are short; a long block that happens to start with "Source:" is a story.
const MAX_LINE_LENGTH = 400
const BLOCK_SELECTOR =
  'p, div, span, footer, small, em, li, section, aside, figcaption, h5, h6, cite'

function isHomePage(url: URL): boolean {
  return url.pathname === '/' || url.pathname === ''
}

/** The name a publisher goes by in the line: the text after the last "on/en/auf/…". */
function trailingName(text: string): string {
  const cleaned = text
    .replace(/^(©|\(c\)|copyright)\s*/i, '')
    .replace(/[.。]\s*$/, '')
    .trim()
  const after = cleaned.split(/\s(?:on|at|in|by|from|en|sur|auf|bei|em|no|na|da|على|في)\s/i).pop()
  return normalizeSpace(after ?? cleaned)
}

function linksOf(el: Element, pageUrl: URL): Array<{ url: URL; label: string }> {
  const out: Array<{ url: URL; label: string }> = []
  for (const a of el.querySelectorAll('a[href]')) {
    const url = parseHttpUrl(a.getAttribute('href'), pageUrl.href)
    if (url) out.push({ url, label: textOf(a) })
  }
  return out
}

function readLinks(
  el: Element,
  text: string,
  pattern: AttributionPattern,
  pageUrl: URL,
): Pick<Attribution, 'original' | 'publisher'> {
  const links = linksOf(el, pageUrl).filter((l) => !sameSite(l.url, pageUrl))
  if (pattern.storyThenPublisher) {
    const [story, home] = links
    return {
      original: story ? { url: story.url.href, label: story.label } : null,
      publisher: home
        ? { url: home.url.href, name: home.label || home.url.hostname }
        : { url: null, name: trailingName(text) },
    }
  }
  const story = links.find((l) => !isHomePage(l.url))
  const home = links.find((l) => isHomePage(l.url))
  const nameFromText = trailingName(text.replace(/^[^:：]{1,40}[:：]\s*/, ''))
  return {
    original: story ? { url: story.url.href, label: story.label } : null,
    publisher: home
      ? { url: home.url.href, name: home.label || nameFromText }
      : nameFromText
        ? { url: null, name: nameFromText }
        : null,
  }
}

/** Tests one short block (its normalised text) and records it when it is an attribution line. */
function considerBlock(el: Element, text: string, pageUrl: URL, found: Attribution[]): void {
  if (!ANY_ATTRIBUTION.test(text)) return
  const pattern = ATTRIBUTION_PATTERNS.find((p) => p.pattern.test(text))
  if (!pattern) return
  // Keep the innermost matching block: its parent would match too when it holds only the line.
  if (found.some((f) => el.contains(f.element))) return
  const links = readLinks(el, text, pattern, pageUrl)
  const crossSiteLink = links.original !== null || links.publisher?.url
  // "Source: staff reports" (a bare source line with no link away) is a weak hint at best;
  // "© Provided by X" or "Originally published in X" say "copy" even without a link.
  const bare = pattern.id.startsWith('source')
  const weight =
    pattern.storyThenPublisher || crossSiteLink
      ? pattern.weight
      : bare
        ? 0.25
        : pattern.weight * 0.9
  for (let i = found.length - 1; i >= 0; i--) {
    if (found[i]?.element.contains(el)) found.splice(i, 1)
  }
  found.push({ element: el, patternId: pattern.id, text, weight, ...links })
}

/**
 * Every attribution line in the document, innermost element first. A line counts only when the
 * whole short block matches, so a story sentence such as "first reported by the Associated
 * Press" never does.
 */
export function findAttributions(
  index: ElementLookup,
  pageUrl: URL,
  stats: TextStats,
): Attribution[] {
  const found: Attribution[] = []
  for (const el of index.query(BLOCK_SELECTOR)) {
    const { chars, solidChars } = stats.of(el)
    // The normalised text is at least as long as its non-space characters.
    if (chars < 6 || chars > MAX_LINE_LENGTH * 4 || solidChars > MAX_LINE_LENGTH) continue
    const text = normalizeSpace(el.textContent ?? '')
    if (text.length < 6 || text.length > MAX_LINE_LENGTH) continue
    considerBlock(el, text, pageUrl, found)
  }
  return found
}

// A word every attribution phrasing contains (see the patterns above): only text holding one is
// worth a closer look. Kept in step with ATTRIBUTION_PATTERNS by a unit test.
export const ATTRIBUTION_KEYWORDS =
  /appeared|primero|premier|erschien|primeiro|proviene|verscheen|أولا|sources?\b|original|full|provided|republished|fuente|origine|initialement|abord|complet|quelle|urspr|fonte|fonti|مصدر|المصادر|الأصل|أصلا|كامل/i

// How far up from a keyword's text node an attribution block can sit (a span in an em in a p).
const MAX_CLIMB = 6
// An attribution line holds a few links and inline elements at most.
const MAX_LINE_CHILDREN = 12
// Text that is never page prose: scripts (JSON, code), styles, templates.
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template'])

/**
 * The same lines, found from the other end, for a live page in a browser: only the text nodes
 * holding a keyword, and the short blocks around them, are looked at. No pass over every element
 * and no text measurement of the whole page, which is what lets auto mode's content script decide
 * in a few milliseconds.
 */
export function findAttributionsQuick(root: Element, pageUrl: URL): Attribution[] {
  const doc = root.ownerDocument
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */)
  const candidates = new Set<Element>()
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement
    if (!parent || NOT_TEXT.has(parent.localName)) continue
    if (!ATTRIBUTION_KEYWORDS.test(node.nodeValue ?? '')) continue
    let el: Element | null = parent
    for (let depth = 0; el && depth < MAX_CLIMB; depth++, el = el.parentElement) {
      // A block with many children is a container, not a line: nothing above it is either.
      if (el.childElementCount > MAX_LINE_CHILDREN) break
      if (el.matches(BLOCK_SELECTOR)) candidates.add(el)
    }
  }
  // Document order, parents before children: the innermost-match rule relies on it.
  const ordered = [...candidates].sort((a, b) =>
    a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1,
  )
  const found: Attribution[] = []
  for (const el of ordered) {
    const text = normalizeSpace(el.textContent ?? '')
    if (text.length < 6 || text.length > MAX_LINE_LENGTH) continue
    considerBlock(el, text, pageUrl, found)
  }
  return found
}
