/**
 * Auto reader rules as the options page reports them, in Arabic. Sites, patterns, addresses and
 * a place in a file ("rules.0.site") sit in isolates; an example pattern does too, or its "*"
 * and "/" would run the wrong way at the end of a right-to-left sentence.
 */
import type { AreaTranslation } from '../../types.ts'
import type { ruleMessages as en } from '../en/rules.ts'

export const ruleMessages: AreaTranslation<typeof en> = {
  rulesSiteAdded: '\u2068{site}\u2069: ستُفتح المقالات في وضع القراءة من الآن فصاعدًا.',
  rulesSiteOn: '\u2068{site}\u2069: وضع القراءة التلقائي مفعّل.',
  rulesSiteOff: '\u2068{site}\u2069: وضع القراءة التلقائي معطّل.',
  rulesAccessGiven: '\u2068{site}\u2069: مُنح إذن الوصول.',
  rulesSiteRemoved: 'أُزيل \u2068{site}\u2069، وتخلى Upstream عن إذن الوصول إليه.',
  rulesEverywhereOn: 'يميّز Upstream الآن بشارةٍ نسخ مجمّعات الأخبار في جميع المواقع.',
  rulesEverywhereOff:
    'الاكتشاف في جميع المواقع معطّل، وتخلى Upstream عن إذن الوصول إلى جميع المواقع.',
  rulesImported_zero: 'لم يُستورد أي موقع.',
  rulesImported_one: 'تم استيراد {count} موقع.',
  rulesImported_two: 'تم استيراد موقعين.',
  rulesImported_few: 'تم استيراد {count} مواقع.',
  rulesImported_many: 'تم استيراد {count} موقعًا.',
  rulesImported_other: 'تم استيراد {count} موقع.',
  rulesAlreadyListed_one: '{count} موقع كان مدرجًا مسبقًا.',
  rulesAlreadyListed_two: 'موقعان كانا مدرجين مسبقًا.',
  rulesAlreadyListed_few: '{count} مواقع كانت مدرجة مسبقًا.',
  rulesAlreadyListed_many: '{count} موقعًا كانت مدرجة مسبقًا.',
  rulesAlreadyListed_other: '{count} موقع كانت مدرجة مسبقًا.',
  rulesImportNeedsAccess: 'تعمل المواقع التي تحمل علامة «يحتاج إلى إذن» بمجرد أن تسمح بالوصول.',

  rulesTypeSite: 'اكتب موقعًا، مثل dnyuz.com.',
  rulesNotSiteName: '«\u2068{site}\u2069» ليس اسم موقع. اكتب اسمًا مثل dnyuz.com.',
  rulesOneSite: 'تحدد القاعدة موقعًا واحدًا. لفحص جميع المواقع، فعِّل «{setting}».',
  rulesNotSiteInPattern: '«\u2068{site}\u2069» ليس اسم موقع في نمط مطابقة.',
  rulesNotPattern:
    '«\u2068{pattern}\u2069» ليس نمط مطابقة. اكتبه على هذا النحو: \u2068*://*.example.com/*\u2069',
  rulesNotAddress: '«\u2068{address}\u2069» ليس عنوان ويب.',
  rulesWebOnly: 'لا يعمل وضع القراءة التلقائي إلا في صفحات الويب (http وhttps).',

  rulesImportTooLarge: 'هذا الملف أكبر من أن يكون ملف مواقع من Upstream.',
  rulesImportNotJson: 'هذا الملف ليس بتنسيق JSON. اختر ملفًا صدّره Upstream.',
  rulesImportNotRules: 'هذا ليس ملف قواعد من Upstream. لم تتغير قواعدك.',
  rulesImportNotRulesBecause: 'هذا ليس ملف قواعد من Upstream ({problem}). لم تتغير قواعدك.',
  rulesImportBadSite: '{problem} لم تتغير قواعدك.',
  rulesIssueWholeFile: 'الملف',
  rulesIssueType: 'قيمة \u2068{where}\u2069 ليست من النوع الصحيح',
  rulesIssueValue: 'في \u2068{where}\u2069 قيمة لا يعرفها Upstream',
  rulesIssueTooBig: '\u2068{where}\u2069 أطول مما ينبغي',
  rulesIssueTooSmall: '\u2068{where}\u2069 فارغ أو أصغر مما ينبغي',
  rulesIssueOther: '\u2068{where}\u2069 غير صالح',
}
