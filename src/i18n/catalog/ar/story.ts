/** The story view (headline, byline, date, reading time) and the detection signals, in Arabic. */
import type { AreaTranslation } from '../../types.ts'
import type { storyMessages as en } from '../en/story.ts'

export const storyMessages: AreaTranslation<typeof en> = {
  storyUntitled: 'مقال بلا عنوان',
  storyByline: 'بقلم \u2068{names}\u2069',
  storyReadingTime: 'قراءة {duration}',
  signalAttribution: 'سطر الإسناد',
  signalCanonical: 'الرابط الأساسي',
  signalOgUrl: 'عنوان بطاقة المشاركة',
  signalJsonLd: 'البيانات المنظَّمة',
  signalTemplate: 'قالب مجمِّع أخبار معروف',
  signalRepeatedMenus: 'قوائم مكرّرة',
  signalOriginalPublisher: 'صفحة الناشر نفسه',
  signalNoArticle: 'لا يوجد مقال واحد',
  signalPointsTo: 'يشير \u2068{field}\u2069 إلى \u2068{host}\u2069',
  signalNames: 'يذكر \u2068{field}\u2069 اسم \u2068{name}\u2069',
  signalTemplateRepublishes: 'يعيد \u2068{name}\u2069 نشر مقالات ناشرين آخرين',
  signalTemplateName: 'قالب \u2068{name}\u2069',
  signalRepeatedBlocks: 'كتل تنقل أو بحث مكرّرة: {blocks}، وأقصى عدد لتكرارها {copies}',
}
