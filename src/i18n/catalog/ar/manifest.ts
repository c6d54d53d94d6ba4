/** What the browser shows for the extension itself: store name, toolbar title, shortcuts. */
import type { AreaTranslation } from '../../types.ts'
import type { manifestMessages as en } from '../en/manifest.ts'

export const manifestMessages: AreaTranslation<typeof en> = {
  extName: 'Upstream',
  extDescription: 'وضع قراءة نظيف لصفحات مجمّعات الأخبار يرشدك إلى الناشر الأصلي للمقال.',
  actionTitle: '\u200fUpstream: اقرأ هذا المقال',
  commandToggleReader: 'فتح وضع القراءة أو إغلاقه في علامة التبويب الحالية',
  commandSaveStory: 'حفظ المقال الحالي في قائمة القراءة',
}
