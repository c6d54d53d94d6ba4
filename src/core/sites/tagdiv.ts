import type { SiteAdapter } from './types.ts'

/**
 * WordPress sites on tagDiv's Newspaper theme, a favourite of RSS scrapers. Menus come twice
 * (desktop and `#td-mobile-nav`) and "Source:" credits sit in `.td-post-source-tags`.
 */
export const tagdiv: SiteAdapter = {
  id: 'tagdiv',
  name: 'WordPress tagDiv Newspaper',
  knownHosts: [],
  republishes: false,
  matches: (page) =>
    page.has(
      '.td-post-content, .td-header-wrap, .td-container, .tdb_single_content, #td-outer-wrap',
    ),
  remove: [
    '.td-header-wrap',
    '.td-header-menu-wrap',
    '.td-header-menu-wrap-full',
    '#td-mobile-nav',
    '.td-menu-background',
    '.td-search-background',
    '.td-search-wrap',
    '.td-drop-down-search',
    '.td-post-sharing',
    '.td-post-sharing-top',
    '.td-post-sharing-bottom',
    '.td-social-sharing-buttons',
    '.td-post-source-tags',
    '.td-tags',
    '.td-post-next-prev',
    '.td-block-row.td-post-next-prev',
    '.td-author-name',
    '.author-box-wrap',
    '.td_block_related_posts',
    '.td-related-row',
    '.td-related-title',
    '.td-footer-wrapper',
    '.td-footer-container',
    '.td-sub-footer-container',
    '.td-sub-footer-wrap',
    '.td-ss-main-sidebar',
    '.td-pb-span4',
    '.td-a-rec',
    '.td-g-rec',
    '.td-crumb-container',
    '.entry-crumbs',
    '.td-post-views',
    '.td-post-comments',
    '.comments',
    '#comments',
    '.td_block_wrap.td_block_related_posts',
    '.td-scroll-up',
  ],
  content: ['.td-post-content', '.tdb_single_content .tdb-block-inner', '.tdb_single_content'],
  title: ['.td-post-title h1.entry-title', 'h1.entry-title', '.tdb-title-text'],
  byline: ['.td-post-author-name a', '.tdb-author-name'],
  published: ['.td-post-date time', 'time.entry-date'],
}
