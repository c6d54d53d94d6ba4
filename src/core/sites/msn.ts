import { onHost } from './host.ts'
import type { SiteAdapter } from './types.ts'

/**
 * MSN, Microsoft Start: every article is a partner's ("© Provided by …"), with feed cards and
 * "More for You" recirculation woven between paragraphs.
 */
export const msn: SiteAdapter = {
  id: 'msn',
  name: 'MSN',
  knownHosts: ['msn.com'],
  republishes: true,
  matches: (page, url) =>
    onHost(url, ['msn.com']) || page.has('msn-article, [data-t*="msnews"], .articlebody[data-m]'),
  remove: [
    'header',
    'footer',
    'nav',
    'aside',
    'fluent-design-system-provider > header',
    '.views-header',
    '.feed-container',
    '.river-container',
    '.more-for-you',
    '.morefromprovider',
    '.moreforyou',
    '.recommended',
    '.trending',
    '.sponsored',
    '.native-ad',
    '.ad-container',
    '.adslot',
    '.intra-article-module',
    '.social-bar',
    '.share-bar',
    '.engagement-bar',
    '.article-reaction',
    '.comments-container',
    '.continue-reading',
    '[data-t*="MoreForYou"]',
    '[id^="river"]',
  ],
  content: ['.articlebody', '.article-body', 'article .body', '#maincontent article'],
  title: ['.article-title h1', 'article h1', 'h1'],
  byline: ['.authorname', '.author-name', '.byline'],
  published: ['.article-timestamp time', 'time[datetime]'],
}
