import { onHost } from './host.ts'
import type { SiteAdapter } from './types.ts'

/** NewsBreak: local-news aggregation with app banners and an "Original source" credit. */
export const newsbreak: SiteAdapter = {
  id: 'newsbreak',
  name: 'NewsBreak',
  knownHosts: ['newsbreak.com'],
  republishes: true,
  matches: (page, url) =>
    onHost(url, ['newsbreak.com']) ||
    (page.has('script#__NEXT_DATA__') &&
      /newsbreak/i.test(page.query('title')[0]?.textContent ?? '')),
  remove: [
    'header',
    'footer',
    'nav',
    'aside',
    '[class*="AppBanner"]',
    '[class*="app-banner"]',
    '[class*="download"]',
    '[class*="Related"]',
    '[class*="related"]',
    '[class*="Comment"]',
    '[class*="comment"]',
    '[class*="Sidebar"]',
    '[class*="sidebar"]',
    '[class*="Share"]',
    '[class*="share"]',
  ],
  content: ['article [class*="ArticleContent"]', 'article [class*="article-content"]', 'article'],
  title: ['article h1', 'h1'],
}
