/**
 * The options page (src/options/), in Arabic. A site in a sentence or a button's name sits in
 * isolates; the placeholder stays in the input's own left-to-right order.
 */
import type { AreaTranslation } from '../../types.ts'
import type { optionsMessages as en } from '../en/options.ts'

export const optionsMessages: AreaTranslation<typeof en> = {
  optionsTitle: 'إعدادات Upstream',
  optionsFailed: 'لم ينجح ذلك. أعِد تحميل هذه الصفحة وحاول مرة أخرى.',

  optionsAutoHeading: 'المواقع التي تُفتح في وضع القراءة',
  optionsAutoHint:
    'تنتقل صفحات المقالات في هذه المواقع إلى وضع القراءة من Upstream أثناء تحميلها. يطلب كل موقع من متصفحك إذن الوصول إلى ذلك الموقع وحده، وعند إزالته يتخلى Upstream عن هذا الإذن.',
  optionsSiteLabel: 'الموقع',
  optionsSitePlaceholder: 'dnyuz.com أو *://*.example.com/news/*',
  optionsAddSite: 'إضافة موقع',
  optionsSiteHelp: 'يشمل اسم المضيف نطاقاته الفرعية، ويقصر نمط المطابقة القاعدة على بعض المسارات.',
  optionsNoSites:
    'لا توجد مواقع بعد. أضِف موقعًا أعلاه، أو اختر أحد مواقع مجمّعات الأخبار المعروفة أدناه، أو استخدم «فتح هذا الموقع دائمًا في وضع القراءة» في نافذة Upstream المنبثقة.',
  optionsGrant: 'يحتاج إلى إذن: السماح',
  optionsGrantLabel: 'يحتاج إلى إذن: السماح بالوصول إلى \u2068{site}\u2069',
  optionsRemove: 'إزالة',
  optionsRemoveLabel: 'إزالة \u2068{site}\u2069',

  optionsCatalogueHeading: 'مواقع مجمّعات الأخبار المعروفة',
  optionsCatalogueListed: 'ضمن مواقعك',
  optionsTurnOn: 'تفعيل',
  optionsTurnOnLabel: 'تفعيل وضع القراءة في \u2068{site}\u2069',

  optionsEverywhereHeading: 'جميع المواقع',
  optionsEverywhereLabel: 'اكتشاف نسخ مجمّعات الأخبار في جميع المواقع',
  optionsEverywhereHelp:
    'معطّل افتراضيًا. عند تفعيله، يقرأ Upstream كل صفحة تفتحها ليميّز المقالات المعاد نشرها بشارة على زره، وهذا يتطلب إذن الوصول إلى جميع المواقع. لا يغادر شيءٌ متصفحك.',

  optionsBackupHeading: 'النسخ الاحتياطي لمواقعك',
  optionsExport: 'تصدير المواقع',
  optionsImport: 'استيراد مواقع…',
  optionsExported_zero: 'قائمة المواقع فارغة: لا مواقع في \u2068{file}\u2069.',
  optionsExported_one: 'تم تصدير {count} موقع إلى \u2068{file}\u2069.',
  optionsExported_two: 'تم تصدير موقعين إلى \u2068{file}\u2069.',
  optionsExported_few: 'تم تصدير {count} مواقع إلى \u2068{file}\u2069.',
  optionsExported_many: 'تم تصدير {count} موقعًا إلى \u2068{file}\u2069.',
  optionsExported_other: 'تم تصدير {count} موقع إلى \u2068{file}\u2069.',
  optionsReadFailed: 'تعذّر على Upstream قراءة ذلك الملف. اختره مرة أخرى.',
}
