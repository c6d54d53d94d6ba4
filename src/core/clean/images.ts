import type { CleaningPlan } from './plan.ts'

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

/** Resolves lazy-loading attributes on `img`, the page's image or its copy in the clone. */
function resolveImage(img: Element): void {
  const lazy = LAZY_SRC.map((a) => img.getAttribute(a)).find((v) => v && !isPlaceholder(v))
  if (lazy && (isPlaceholder(img.getAttribute('src')) || img.tagName === 'SOURCE')) {
    img.setAttribute(img.tagName === 'SOURCE' ? 'srcset' : 'src', lazy)
  }
  const lazySet = LAZY_SRCSET.map((a) => img.getAttribute(a)).find(Boolean)
  if (lazySet) img.setAttribute('srcset', lazySet)
  // Lazy-load classes make Readability treat the image as a placeholder; the real URL is set now.
  img.removeAttribute('loading')
}

function needsResolving(img: Element): boolean {
  return [...LAZY_SRC, ...LAZY_SRCSET, 'loading'].some((a) => img.hasAttribute(a))
}

/** Plans the fixes; they are made on the clone as it is built. */
export function resolveImages(plan: CleaningPlan): void {
  for (const img of plan.query('img, source')) {
    if (needsResolving(img)) plan.edit(img, resolveImage)
  }
  for (const amp of plan.query('amp-img')) {
    if (amp.parentElement?.closest('amp-img')) continue
    plan.replace(amp, {
      make: (doc) => {
        const img = doc.createElement('img')
        for (const name of ['src', 'srcset', 'alt', 'width', 'height', 'title']) {
          const value = amp.getAttribute(name)
          if (value) img.setAttribute(name, value)
        }
        return img
      },
      keepChildren: false,
    })
  }
}
