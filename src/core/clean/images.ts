import type { ElementIndex } from '../element-index.ts'

/**
 * Images as a reader should see them: lazy-loading attributes resolved into `src`/`srcset`, AMP
 * images turned into plain ones, placeholder pixels dropped.
 */
const LAZY_SRC = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
  'data-img-src',
]
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'data-original-set']

function isPlaceholder(src: string | null): boolean {
  return (
    !src ||
    /^data:image\/(gif|png|svg)/i.test(src) ||
    /(^|\/)(blank|spacer|pixel|placeholder|lazy[-_]?load)[^/]*\.(gif|png|svg)/i.test(src)
  )
}

export function resolveImages(doc: Document, index: ElementIndex): void {
  for (const img of index.query('img, source')) {
    const lazy = LAZY_SRC.map((a) => img.getAttribute(a)).find((v) => v && !isPlaceholder(v))
    if (lazy && (isPlaceholder(img.getAttribute('src')) || img.tagName === 'SOURCE')) {
      img.setAttribute(img.tagName === 'SOURCE' ? 'srcset' : 'src', lazy)
    }
    const lazySet = LAZY_SRCSET.map((a) => img.getAttribute(a)).find(Boolean)
    if (lazySet) img.setAttribute('srcset', lazySet)
    // Lazy-load classes make Readability treat the image as a placeholder; the real URL is set now.
    img.removeAttribute('loading')
  }
  for (const amp of index.query('amp-img')) {
    if (amp.parentElement?.closest('amp-img')) continue
    const img = doc.createElement('img')
    for (const name of ['src', 'srcset', 'alt', 'width', 'height', 'title']) {
      const value = amp.getAttribute(name)
      if (value) img.setAttribute(name, value)
    }
    amp.replaceWith(img)
  }
}
