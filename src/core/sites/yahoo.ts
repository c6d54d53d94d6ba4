import { onHost } from './host.ts'
import type { SiteAdapter } from './types.ts'

/**
 * Yahoo News and Finance ("caas" article template). Every story is a partner's: the provider
 * logo links the partner, and the body hides its second half behind "Story continues".
 */
export const yahoo: SiteAdapter = {
  id: 'yahoo',
  name: 'Yahoo News',
  knownHosts: ['news.yahoo.com', 'yahoo.com', 'finance.yahoo.com'],
  republishes: true,
  matches: (page, url) => onHost(url, ['yahoo.com']) || page.has('.caas-body, .caas-container'),
  remove: [
    '#ybar',
    '#ybar-inner-wrap',
    '#Header',
    '#RightRail',
    '#right-rail',
    '.caas-share-buttons',
    '.caas-share-tools',
    '.caas-readmore',
    '.caas-da',
    '.caas-iframe',
    '.caas-carousel',
    '[data-content="Advertisement"]',
    '.caas-xray-wrapper',
    '.caas-attr-provider',
    '.caas-logo',
    '.caas-more-stories',
    '.caas-comments',
    '.recommended-stories',
    '#Footer',
    '#module-footer',
    '.stream-items',
    '#Aside',
    '.Recommended',
    '.caas-prestige-bottom-share',
  ],
  content: ['.caas-body'],
  title: ['.caas-title-wrapper h1', 'header h1'],
  byline: [
    '.caas-attr-item-author',
    '.caas-author-byline-collapse',
    '.caas-attr-meta .caas-attr-item-author',
  ],
  published: ['.caas-attr-meta time', '.caas-attr-time-style time'],
  sources: (page, url) => {
    const link = page.query('.caas-attr-provider a[href], .caas-logo a[href], a.caas-logo[href]')[0]
    const href = link?.getAttribute('href')
    if (!href) return []
    try {
      const target = new URL(href, url)
      if (onHost(target, ['yahoo.com'])) return []
      const name =
        link?.getAttribute('title') ||
        link?.querySelector('img')?.getAttribute('alt') ||
        link?.textContent?.trim() ||
        target.hostname
      return [
        {
          url: target.href,
          label: name,
          kind: target.pathname.length > 1 ? 'original' : 'publisher',
        },
      ]
    } catch {
      return []
    }
  },
}
