/**
 * Recirculation: "Read more", "Related", "Up next", "Most read" … a label followed by headline
 * links, at the end of the story or injected between its paragraphs. Found by the label's text,
 * in several languages, so it works whatever the template calls it.
 */
import type { RemovalGuard } from './guard.ts'
import type { CleaningPlan } from './plan.ts'

const LABEL = new RegExp(
  '^(?:' +
    [
      'read more',
      'read next',
      'read also',
      'also read',
      'more to read',
      'keep reading',
      'related( (stories|articles|posts|news|coverage|content|reading|links|topics))?',
      'recommended( (stories|for you|reading|articles|videos))?',
      'more (stories|news|articles|videos|headlines|coverage)( (from|on|in|about) [^.]{1,40})?',
      'more (from|on|in) [^.]{1,40}',
      'more (on this( story| topic)?|for you|like this)',
      'up next',
      'most (read|popular|viewed|shared)',
      'trending( now| stories| news)?',
      'you (may|might) (also )?like',
      "don[’']t miss",
      'see also',
      'what to read next',
      'latest( news| stories| posts)?',
      'popular( posts| stories)?',
      "editor[’']?s picks",
      'top stories',
      'leer m[aá]s',
      'lee también',
      'te puede interesar',
      'noticias relacionadas',
      'art[ií]culos relacionados',
      'lire aussi',
      '[àa] lire aussi',
      'sur le m[êe]me sujet',
      'articles li[ée]s',
      'lesen sie auch',
      'mehr zum thema',
      '(das )?k[öo]nnte sie auch interessieren',
      'weitere artikel',
      'leia também',
      'leia mais',
      'veja também',
      'not[íi]cias relacionadas',
      'mat[ée]rias relacionadas',
      'leggi anche',
      'articoli correlati',
      'اقرأ أيضا',
      'اقرأ أيضاً',
      'اقرأ ايضا',
      'مواضيع ذات صلة',
      'أخبار ذات صلة',
      'اقرأ المزيد',
    ].join('|') +
    ')\\s*[:：.!…]*$',
  'i',
)

const INLINE_LINE =
  /^(read more|read next|related|read also|also read|more|see also|watch|listen|leer m[aá]s|lee también|lire aussi|lesen sie auch|leia também|leia mais|اقرأ أيضا|اقرأ أيضاً)\s*[:：]/i

const LABEL_SELECTOR = 'h1, h2, h3, h4, h5, h6, strong, b, p, span, div, header, figcaption, label'

/** The smallest ancestor that holds the label and its list of links, within a few levels. */
function recirculationBlock(label: Element, plan: CleaningPlan): Element | null {
  let node: Element | null = label
  for (let depth = 0; node && depth < 4; depth++) {
    const parent: Element | null = node.parentElement
    if (
      !parent ||
      parent.tagName === 'BODY' ||
      parent.tagName === 'ARTICLE' ||
      parent.tagName === 'MAIN'
    )
      break
    const links = plan.querySelectorAll(parent, 'a[href]').length
    if (links >= 2 && plan.linkDensity(parent) >= 0.5) return parent
    node = parent
  }
  return null
}

/** The links that follow a bare label, e.g. `<p><strong>Read more:</strong></p><ul>…</ul>`. */
function followingList(label: Element, plan: CleaningPlan): Element | null {
  const next = plan.nextElementSibling(label)
  if (!next || plan.querySelectorAll(next, 'a[href]').length === 0) return null
  return plan.linkDensity(next) >= 0.6 ? next : null
}

/** Single injected lines: "Read more: <a>Headline</a>" / "RELATED: <a>…</a>" inside the story. */
function removeInlineLines(guard: RemovalGuard): number {
  const plan = guard.plan
  let removed = 0
  for (const p of plan.query('p, div, li')) {
    if (!plan.isConnected(p) || plan.childCount(p) === 0 || guard.stats.chars(p) > 700) continue
    const text = plan.text(p)
    if (text.length > 250 || !INLINE_LINE.test(text)) continue
    if (plan.querySelector(p, 'a[href]') && plan.linkDensity(p) >= 0.5 && guard.remove(p)) removed++
  }
  return removed
}

export function removeRecirculation(guard: RemovalGuard): number {
  const plan = guard.plan
  let removed = removeInlineLines(guard)
  for (const el of plan.query(LABEL_SELECTOR)) {
    if (!plan.isConnected(el) || guard.stats.chars(el) > 200) continue
    const text = plan.text(el)
    if (text.length > 60 || !LABEL.test(text)) continue
    const block = recirculationBlock(el, plan)
    if (block) {
      if (guard.removeBlock(block)) removed++
      continue
    }
    const list = followingList(el, plan)
    if (list && guard.removeBlock(list)) removed++
    if (guard.remove(el)) removed++
  }
  return removed
}
