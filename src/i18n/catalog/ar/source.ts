/**
 * Where a story comes from: the popup's source line and its details, and the source box above the
 * story in the reader tab and the in-page reader, in Arabic. The publisher's name in
 * sourceOriginallyBy is put in a <bdi> by the page, so the message needs no isolate there.
 */
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
  // The reader's source box.
  sourceCopiesElsewhere: 'تنسخ هذه الصفحة مقالًا نُشر أولًا في مكان آخر.',
  sourceOriginallyBy: 'نُشر أصلًا في {name}',
  sourceRepublishedAt: 'أُعيد نشره في:',
  sourceWhyMarked: 'لماذا عُدّت هذه الصفحة نسخة معاد نشرها',
  sourceWhatCheckedSummary: 'ما فحصه Upstream في هذه الصفحة',
  sourceConfidence: 'درجة الثقة: {percent}',
  sourceSignal: '{signal}:',
  sourcePrintedAddress: '(\u2068{url}\u2069)',
}
