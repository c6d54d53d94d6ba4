import { onHost } from './host.ts'
import type { SiteAdapter } from './types.ts'

/**
 * WordPress sites on the JNews theme (dnyuz.com and other RSS republishers). The theme prints
 * its header three times (desktop, sticky, mobile), each with the live-search box whose
 * "No Result / View All Result" text leaks into naive extraction.
 */
export const jnews: SiteAdapter = {
  id: 'jnews',
  name: 'WordPress JNews',
  knownHosts: ['dnyuz.com'],
  republishes: false,
  matches: (page, url) =>
    onHost(url, ['dnyuz.com']) ||
    page.has('.jeg_viewport, .jeg_header, .jeg_main, .jeg_post_title'),
  remove: [
    '.jeg_header',
    '.jeg_header_sticky',
    '.jeg_stickybar',
    '.jeg_navbar_mobile_wrapper',
    '.jeg_navbar_mobile',
    '.jeg_mobile_wrapper',
    '.jeg_bottombar',
    '.jeg_search_wrapper',
    '.jeg_search_result',
    '.jeg_breadcrumbs',
    '.jeg_share_button',
    '.jeg_share_top_container',
    '.jeg_share_bottom_container',
    '.jeg_post_tags',
    '.jeg_prevnext_post',
    '.jnews_prev_next_container',
    '.jnews_related_post_container',
    '.jnews_inline_related_post',
    '.jnews_inline_related_post_wrapper',
    '.jeg_authorbox',
    '.jnews_author_box_container',
    '.jnews_comment_container',
    '.jeg_sidebar',
    '.jeg_footer',
    '.jeg_ad',
    '.jeg_ads',
    '.jnews_content_inline_ads',
    '.jnews_content_bottom_ads',
    '.jnews_content_top_ads',
    '.jeg_postblock',
    '.jeg_block_heading',
    '.jeg_popup_post',
    '.jeg_menu_footer',
  ],
  content: ['.jeg_inner_content .content-inner', '.entry-content .content-inner', '.content-inner'],
  title: ['h1.jeg_post_title', '.entry-header h1'],
  byline: ['.jeg_meta_author a', '.jeg_meta_author'],
  published: ['.jeg_meta_date a', '.jeg_meta_date'],
}
