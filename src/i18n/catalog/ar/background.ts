/**
 * The toolbar button's badge titles and the page's context menu (src/background/), in Arabic.
 * Titles that start with "Upstream:" begin with U+200F (right-to-left mark): the browser shows
 * them as plain text and would otherwise lay them out left to right after the Latin brand.
 */
import type { AreaTranslation } from '../../types.ts'
import type { backgroundMessages as en } from '../en/background.ts'

export const backgroundMessages: AreaTranslation<typeof en> = {
  badgeCopyText: 'نسخة',
  menuOpenReader: 'فتح في وضع القراءة',
  menuCopyOriginalLink: 'نسخ رابط المقال الأصلي',
  menuSaveStory: 'حفظ في قائمة القراءة',
  badgeCopyTitle:
    '\u200fUpstream: تعيد هذه الصفحة نشر مقال من ناشر آخر. انقر لقراءته والعثور على الأصل.',
  badgeNoLink: '\u200fUpstream: لا يوجد رابط لنسخه في هذه الصفحة',
  badgeCopied: '\u200fUpstream: تم نسخ \u2068{url}\u2069',
  badgeCopyFailed:
    'تعذّر على Upstream النسخ في هذه الصفحة. افتح نافذته المنبثقة واستخدم «نسخ الرابط».',
  badgeNothingToSave: '\u200fUpstream: لا يوجد في هذه الصفحة مقال لحفظه',
  badgeSaved: '\u200fUpstream: {message}',
  badgeSaveFailed: '\u200fUpstream: لم يُحفظ. {problem}',
}
