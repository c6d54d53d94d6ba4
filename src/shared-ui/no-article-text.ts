/** Why a page holds no story, in the reader's language (core's NoArticleCode → message key). */
import type { NoArticleCode } from '../core/types.ts'
import type { PlainKey } from '../i18n/t.ts'

export const NO_ARTICLE_TEXT: Record<NoArticleCode, PlainKey> = {
  'home-page': 'noArticleHomePage',
  'list-page': 'noArticleListPage',
  'story-list': 'noArticleStoryList',
  'not-one-story': 'noArticleNotOneStory',
  'nothing-found': 'noArticleNothingFound',
  'too-little-text': 'noArticleTooLittleText',
  'headline-list': 'noArticleHeadlineList',
}
