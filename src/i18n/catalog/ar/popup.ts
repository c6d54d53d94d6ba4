/** The toolbar popup: its bar, views and story actions, in Arabic. */
import type { AreaTranslation } from '../../types.ts'
import type { popupMessages as en } from '../en/popup.ts'

export const popupMessages: AreaTranslation<typeof en> = {
  popupViews: 'طرق العرض',
  popupThisPage: 'هذه الصفحة',
  popupReadingList: 'قائمة القراءة',
  popupLoadingList: 'جارٍ التحميل…',
  popupOpenFullList: 'فتح قائمة القراءة كاملةً',
  popupStoryActions: 'إجراءات المقال',
  popupOpenReader: 'وضع القراءة',
  popupReadOriginal: 'قراءة الأصل',
  popupOpenedReader: 'تم فتح وضع القراءة.',
  popupCopyLink: 'نسخ الرابط',
  popupCopyLinkLong: 'نسخ رابط المقال الأصلي',
  popupCopiedLink: 'تم نسخ \u2068{url}\u2069',
  popupNoLink: 'لا تذكر هذه الصفحة رابطًا لنسخه.',
  popupCopyMarkdown: 'نسخ بتنسيق Markdown',
  popupCopiedMarkdown: 'تم نسخ المقال بتنسيق Markdown.',
  popupCopyFailed: 'تعذّر النسخ. رفض متصفحك الوصول إلى الحافظة؛ حاول مرة أخرى.',
  popupMore: 'المزيد',
  popupAlwaysOpen: 'فتح \u2068{site}\u2069 دائمًا في وضع القراءة',
  popupAlwaysOpenOn: 'يُفتح \u2068{site}\u2069 في وضع القراءة: تغيير',
  popupAlwaysOpenFailed:
    'لم يسمح متصفحك بأن يطلب Upstream الوصول إلى \u2068{site}\u2069. أضِف الموقع من صفحة إعدادات Upstream بدلًا من ذلك.',
  popupSettings: 'إعدادات Upstream',
}
