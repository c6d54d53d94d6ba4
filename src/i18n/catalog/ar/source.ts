/** Where a story comes from: the popup's source line and its details, in Arabic. */
import type { AreaTranslation } from '../../types.ts'
import type { sourceMessages as en } from '../en/source.ts'

export const sourceMessages: AreaTranslation<typeof en> = {
  sourceRegion: 'مصدر هذا المقال',
  sourceRepublishedCopy: 'نسخة معاد نشرها',
  sourceExcerpt: 'مقتطف',
  sourceOriginal: 'الأصل:',
  sourcePublisherShort: 'الناشر:',
  sourceOriginalUnknown: 'لا تذكر الصفحة المقال الأصلي.',
  sourceFrom: 'من',
  sourceDetails: 'التفاصيل',
  sourceLessDetails: 'إخفاء التفاصيل',
  sourcePublisher: 'الناشر:',
  sourceCanonical: 'الصفحة الأساسية:',
  sourceThisCopy: 'هذه النسخة:',
  sourceThisPage: 'هذه الصفحة:',
  sourceWhyCopy: 'لماذا يعدّ Upstream هذه الصفحة نسخة معاد نشرها (بدرجة ثقة {confidence}):',
  sourceWhatChecked: 'ما فحصه Upstream في هذه الصفحة:',
}
