/** The panels shown instead of a story: loading, no article, pages Upstream may not read. */
import type { AreaTranslation } from '../../types.ts'
import type { stateMessages as en } from '../en/states.ts'

export const stateMessages: AreaTranslation<typeof en> = {
  stateLoading: 'جارٍ قراءة الصفحة…',
  stateNoArticleTitle: 'لا يوجد مقال في هذه الصفحة',
  noArticleHomePage: 'هذه هي الصفحة الرئيسية للموقع، وهي قائمة بالعناوين لا مقال واحد.',
  noArticleListPage: 'تعرض هذه الصفحة قائمة بالعناوين (صفحة قسم أو وسم أو أرشيف)، لا مقالًا واحدًا.',
  noArticleStoryList: 'هذه الصفحة قائمة بالمقالات، لا مقال واحد.',
  noArticleNotOneStory: 'لا تحتوي هذه الصفحة على مقال واحد.',
  noArticleNothingFound: 'لم يُعثر على أي مقال في هذه الصفحة.',
  noArticleTooLittleText: 'النص في هذه الصفحة أقل من أن يكون مقالًا.',
  noArticleHeadlineList: 'تعرض هذه الصفحة قائمة بالعناوين ولا تروي خبرًا واحدًا.',
  restrictedBrowserPageTitle: 'يتعذّر على Upstream قراءة هذه الصفحة',
  restrictedBrowserPageText:
    'هذه إحدى صفحات المتصفح نفسه. لا تسمح المتصفحات للإضافات بقراءتها، لذا لا يوجد مقال لعرضه هنا.',
  restrictedStoreTitle: 'هذا الموقع محمي',
  restrictedStoreText:
    'لا يسمح متصفحك لأي إضافة بقراءة متجر الإضافات أو صفحات الحساب، كي لا تغيّر الإضافاتُ إضافاتٍ أخرى.',
  restrictedViewSourceTitle: 'تعرض علامة التبويب هذه رمزًا مصدريًا',
  restrictedViewSourceText:
    'أنت تطّلع على الرمز المصدري لصفحة. افتح الصفحة نفسها، ثم استخدم Upstream مرة أخرى.',
  restrictedPdfTitle: 'مستندات PDF غير مدعومة',
  restrictedPdfText: 'يقرأ Upstream صفحات الويب. تعرض علامة التبويب هذه مستند PDF لا يمكنه قراءته.',
  restrictedFileTitle: 'يتعذّر على Upstream قراءة الملفات على جهازك',
  restrictedFileText:
    'للسماح له بقراءة الصفحات المحفوظة، افتح إعدادات الإضافات في المتصفح، واختر تفاصيل Upstream، وفعِّل «السماح بالوصول إلى عناوين URL للملفات». ثم أعِد تحميل الصفحة وحاول مرة أخرى.',
  restrictedNotWebTitle: 'هذه ليست صفحة ويب',
  restrictedNotWebText: 'يقرأ Upstream صفحات الويب: العناوين التي تبدأ بـ http أو https.',
  restrictedUnreadableTitle: 'يتعذّر على Upstream قراءة علامة التبويب هذه',
  restrictedUnreadableText:
    'لا يسمح متصفحك للإضافات بقراءة علامة التبويب هذه. يحدث ذلك في الصفحات التي تعذّر تحميلها، وفي صفحات عرض المصدر، وفي بعض صفحات المتصفح نفسه. إن كانت هذه صفحة ويب عادية، فأعِد تحميلها وحاول مرة أخرى.',
  restrictedNoPermissionTitle: 'يحتاج Upstream إلى أن تطلب منه ذلك مرة أخرى',
  restrictedNoPermissionText:
    'لا يسمح متصفحك بأن يقرأ Upstream صفحةً إلا بعد أن تنقر على زره في شريط الأدوات أو تستخدم اختصاره أو قائمته في تلك الصفحة مباشرةً. ارجع إلى الصفحة وافعل ذلك مرة أخرى.',
}
