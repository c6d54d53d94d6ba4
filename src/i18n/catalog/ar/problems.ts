/** Plain explanations of what went wrong (src/shared-ui/problem-text.ts), in Arabic. */
import type { AreaTranslation } from '../../types.ts'
import type { problemMessages as en } from '../en/problems.ts'

export const problemMessages: AreaTranslation<typeof en> = {
  problemPageChangedTitle: 'تغيّرت الصفحة أثناء قراءتها',
  problemPageChangedText:
    'أُعيد تحميل الصفحة أو انتقلت إلى صفحة أخرى بينما كان Upstream يقرؤها. حاول مرة أخرى.',
  problemTabClosedTitle: 'علامة تبويب المقال مغلقة',
  problemTabClosedText:
    'لم تعد علامة التبويب التي جاء منها هذا المقال مفتوحة. افتح صفحة المقال مرة أخرى واستخدم زر Upstream فيها.',
  problemNoAnswerTitle: 'لم تستجب الصفحة',
  problemNoAnswerText:
    'ربما لا تزال الصفحة قيد التحميل، أو أنها مشغولة (قد يعطّلها مربع حوار مفتوح فيها). انتظر قليلًا ثم حاول مرة أخرى.',
  problemTimeoutTitle: 'استغرقت الصفحة وقتًا طويلًا',
  problemTimeoutText:
    'توقّف Upstream عن انتظار هذه الصفحة. إن كانت كبيرة جدًا أو لا تزال قيد التحميل، فحاول مرة أخرى بعد اكتمال تحميلها.',
  problemReadingFailedTitle: 'تعذّر على Upstream قراءة هذه الصفحة',
  problemReadingFailedText:
    'منع شيءٌ في هذه الصفحة Upstream من قراءتها. أعِد تحميل الصفحة وحاول مرة أخرى.',
  problemExtensionReloadedTitle: 'تم تحديث Upstream',
  problemExtensionReloadedText:
    'تم تحديث Upstream أو أُعيد تشغيله بينما كانت هذه النافذة مفتوحة. أغلقها وافتح Upstream مرة أخرى.',
  problemBackgroundTitle: 'لا يستجيب Upstream',
  problemBackgroundText: 'لم يستجب جزء من Upstream. حاول مرة أخرى بعد قليل.',
  problemMissingSourceTitle: 'لا يوجد ما يُعرض هنا',
  problemMissingSourceText:
    'لا تحدد صفحة القراءة هذه المقال الذي تعرضه. افتح مقالًا باستخدام زر Upstream، أو من قائمة القراءة.',
  problemNotInListTitle: 'ليس في قائمة القراءة',
  problemNotInListText: 'لم يعد هذا المقال في قائمة القراءة. ربما حُذف.',
  problemStorageFullTitle: 'مساحة التخزين في متصفحك ممتلئة',
  problemStorageFullText:
    'لا توجد مساحة كافية لحفظ هذا. أفرِغ بعض المساحة على القرص أو احذف مقالات لم تعد بحاجة إليها، ثم حاول مرة أخرى.',
  problemUnknownTitle: 'حدث خطأ ما',
  problemUnknownText:
    'تعذّر على Upstream إكمال ذلك. حاول مرة أخرى؛ وإن تكرر ذلك، فأعِد تحميل الصفحة.',
  tryAgain: 'إعادة المحاولة',
}
