/** Why a page holds no article, in English: the CLI's wording (interfaces translate the code). */
import type { NoArticleCode } from './types.ts'

export const NO_ARTICLE_REASON: Record<NoArticleCode, string> = {
  'home-page': 'This is the site’s home page, a list of headlines rather than one story.',
  'list-page': 'This page lists headlines (a section, tag or archive page), not one story.',
  'story-list': 'This page is a list of stories, not one story.',
  'not-one-story': 'This page does not hold a single story.',
  'nothing-found': 'No story was found on this page.',
  'too-little-text': 'This page has too little text to be a story.',
  'headline-list': 'This page lists headlines rather than telling one story.',
}
