import type { SiteAdapter } from './types.ts'

/**
 * AMP pages, on a publisher's own host or on an AMP cache. AMP components stand in for plain
 * elements (`amp-img` for `img`); cleaning turns them back so Readability keeps the images.
 */
export const amp: SiteAdapter = {
  id: 'amp',
  name: 'AMP',
  knownHosts: ['cdn.ampproject.org'],
  republishes: false,
  matches: (page, url) => {
    const html = page.all[0]
    if (!html) return false
    return (
      html.hasAttribute('amp') ||
      html.hasAttribute('⚡') ||
      url.hostname.endsWith('.cdn.ampproject.org')
    )
  },
  remove: [
    'amp-sidebar',
    'amp-ad',
    'amp-embed',
    'amp-sticky-ad',
    'amp-social-share',
    'amp-analytics',
    'amp-pixel',
    'amp-consent',
    'amp-user-notification',
    'amp-geo',
    'amp-lightbox',
    'amp-install-serviceworker',
    '.amp-wp-header',
    '.amp-wp-footer',
    '.amp-wp-comments-link',
    '.amp-wp-meta.amp-wp-tax-category',
    '.amp-wp-tax-tag',
  ],
  content: ['.amp-wp-article-content', 'article .entry-content', 'article'],
  title: ['.amp-wp-title', 'article h1', 'h1'],
  byline: ['.amp-wp-byline .amp-wp-author', '.amp-wp-byline'],
  published: ['.amp-wp-posted-on time', 'time[datetime]'],
}
