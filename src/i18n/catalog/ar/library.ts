/**
 * What the reading-list library (src/library/) tells the user, in Arabic. A file is named "the
 * file ({format})" ("الملف (CSV من Pocket)"): an Arabic demonstrative cannot follow a format's
 * name as the English "this Pocket CSV" does. Every subject of importIssue/importIssueInField is a
 * masculine noun (الصف، الرابط، الإدخال، العنصر، الملف، الحقل), so the problems agree with it.
 */
import type { AreaTranslation } from '../../types.ts'
import type { libraryMessages as en } from '../en/library.ts'

export const libraryMessages: AreaTranslation<typeof en> = {
  libraryFullSave:
    'لا توجد مساحة كافية لحفظ هذا المقال: مساحة تخزين Upstream في المتصفح ممتلئة. كل ما حُفظ من قبل باقٍ كما هو؛ احذف مقالات أو صدّرها لإفساح المجال.',
  libraryFullChange:
    'لا توجد مساحة كافية لتعديل هذا المقال: مساحة تخزين Upstream في المتصفح ممتلئة. كل ما حُفظ من قبل باقٍ كما هو؛ احذف مقالات أو صدّرها لإفساح المجال.',
  libraryFullDelete:
    'لا توجد مساحة كافية لحذف هذا المقال: مساحة تخزين Upstream في المتصفح ممتلئة. كل ما حُفظ من قبل باقٍ كما هو؛ احذف مقالات أو صدّرها لإفساح المجال.',
  libraryFullRestore:
    'لا توجد مساحة كافية لاستعادة هذا المقال: مساحة تخزين Upstream في المتصفح ممتلئة. كل ما حُفظ من قبل باقٍ كما هو؛ احذف مقالات أو صدّرها لإفساح المجال.',
  libraryFullImport:
    'لا توجد مساحة كافية لاستيراد هذه المقالات: مساحة تخزين Upstream في المتصفح ممتلئة. كل ما حُفظ من قبل باقٍ كما هو؛ احذف مقالات أو صدّرها لإفساح المجال.',
  libraryNotInList: 'لم يعد هذا المقال في قائمة القراءة.',

  importFormatUpstreamJson: 'JSON من Upstream',
  importFormatPocketHtml: 'تصدير HTML من Pocket',
  importFormatPocketCsv: 'CSV من Pocket',
  importFormatInstapaperCsv: 'CSV من Instapaper',
  importFormatWallabagJson: 'تصدير JSON من Wallabag',

  importFileTooLarge:
    'حجم هذا الملف نحو {size} ميغابايت؛ ولا يمكن استيراد الملفات التي يزيد حجمها على {max} ميغابايت.',
  importFileEmpty: 'هذا الملف فارغ.',
  importSupported:
    'يستطيع Upstream استيراد ملفات JSON التي يصدّرها بنفسه، وتصديرات Pocket ‏(HTML أو CSV)، وملفات CSV من Instapaper، وملفات JSON من Wallabag.',
  importJsonInvalid: 'يبدو هذا الملف بتنسيق JSON لكنه ليس JSON صالحًا.',
  importJsonEmptyList: 'ملف JSON هذا قائمة فارغة: لا يوجد ما يُستورد.',
  importJsonNotWallabag:
    'ملف JSON هذا قائمة، لكن إدخاله الأول ليس إدخالًا من Wallabag (لا يحتوي على «url» مع «is_archived» أو «created_at»).',
  importJsonUnknownFormat: 'ملف JSON هذا بتنسيق لا يعرفه Upstream («\u2068{name}\u2069»).',
  importJsonUnknown: 'ملف JSON هذا ليس قائمة قراءة يتعرّف عليها Upstream.',
  importHtmlNotPocket:
    'ملف HTML هذا ليس تصديرًا من Pocket: لا يحتوي على روابط فيها «time_added» ولا على قائمة «Unread».',
  importCsvUnknown:
    'أعمدة ملف CSV هذا (\u2068{columns}\u2069) ليست أعمدة Pocket ‏(title,url,time_added,tags,status) ولا أعمدة Instapaper ‏(URL,Title,Selection,Folder,Timestamp).',
  importUnknownFile: 'هذا الملف ليس بتنسيق يتعرّف عليه Upstream.',

  importUnreadable: 'تعذّرت قراءة الملف ({format}).',
  importNotObject: 'الملف ({format}) ليس كائنًا.',
  importNewerVersion:
    'إصدار تنسيق الملف ({format}) هو {version}، وقد كتبه إصدار أحدث من Upstream؛ حدِّث Upstream لاستيراده.',
  importEmpty: 'الملف ({format}) فارغ.',
  importNoColumn: 'لا يحتوي الملف ({format}) على العمود «\u2068{column}\u2069».',
  importTooManyRows_one: 'يحتوي الملف ({format}) على {count} صف؛ ولا يمكن استيراد أكثر من {max}.',
  importTooManyRows_two: 'يحتوي الملف ({format}) على صفّين؛ ولا يمكن استيراد أكثر من {max}.',
  importTooManyRows_few: 'يحتوي الملف ({format}) على {count} صفوف؛ ولا يمكن استيراد أكثر من {max}.',
  importTooManyRows_many: 'يحتوي الملف ({format}) على {count} صفًا؛ ولا يمكن استيراد أكثر من {max}.',
  importTooManyRows_other: 'يحتوي الملف ({format}) على {count} صف؛ ولا يمكن استيراد أكثر من {max}.',
  importTooManyItems_one:
    'يحتوي الملف ({format}) على {count} عنصر؛ ولا يمكن استيراد أكثر من {max}.',
  importTooManyItems_two: 'يحتوي الملف ({format}) على عنصرين؛ ولا يمكن استيراد أكثر من {max}.',
  importTooManyItems_few:
    'يحتوي الملف ({format}) على {count} عناصر؛ ولا يمكن استيراد أكثر من {max}.',
  importTooManyItems_many:
    'يحتوي الملف ({format}) على {count} عنصرًا؛ ولا يمكن استيراد أكثر من {max}.',
  importTooManyItems_other:
    'يحتوي الملف ({format}) على {count} عنصر؛ ولا يمكن استيراد أكثر من {max}.',
  importTooManyEntries_one:
    'يحتوي الملف ({format}) على {count} إدخال؛ ولا يمكن استيراد أكثر من {max}.',
  importTooManyEntries_two: 'يحتوي الملف ({format}) على إدخالين؛ ولا يمكن استيراد أكثر من {max}.',
  importTooManyEntries_few:
    'يحتوي الملف ({format}) على {count} إدخالات؛ ولا يمكن استيراد أكثر من {max}.',
  importTooManyEntries_many:
    'يحتوي الملف ({format}) على {count} إدخالًا؛ ولا يمكن استيراد أكثر من {max}.',
  importTooManyEntries_other:
    'يحتوي الملف ({format}) على {count} إدخال؛ ولا يمكن استيراد أكثر من {max}.',
  importTooManyLinks_one: 'يحتوي الملف ({format}) على أكثر من {count} رابط.',
  importTooManyLinks_two: 'يحتوي الملف ({format}) على أكثر من رابطين.',
  importTooManyLinks_few: 'يحتوي الملف ({format}) على أكثر من {count} روابط.',
  importTooManyLinks_many: 'يحتوي الملف ({format}) على أكثر من {count} رابطًا.',
  importTooManyLinks_other: 'يحتوي الملف ({format}) على أكثر من {count} رابط.',
  importQuoteInRow: 'في الصف {row} من الملف ({format}) حقل لم تُغلق علامة اقتباسه كما يجب.',
  importQuoteInLine: 'في أحد أسطر الملف ({format}) حقل لم تُغلق علامة اقتباسه كما يجب.',
  importFieldCount_one:
    'يحتوي الصف {row} من الملف ({format}) على {count} حقل، بينما يحتوي سطر العناوين على {header}؛ ربما في الملف فاصلة خارج علامات الاقتباس.',
  importFieldCount_two:
    'يحتوي الصف {row} من الملف ({format}) على حقلين، بينما يحتوي سطر العناوين على {header}؛ ربما في الملف فاصلة خارج علامات الاقتباس.',
  importFieldCount_few:
    'يحتوي الصف {row} من الملف ({format}) على {count} حقول، بينما يحتوي سطر العناوين على {header}؛ ربما في الملف فاصلة خارج علامات الاقتباس.',
  importFieldCount_many:
    'يحتوي الصف {row} من الملف ({format}) على {count} حقلًا، بينما يحتوي سطر العناوين على {header}؛ ربما في الملف فاصلة خارج علامات الاقتباس.',
  importFieldCount_other:
    'يحتوي الصف {row} من الملف ({format}) على {count} حقل، بينما يحتوي سطر العناوين على {header}؛ ربما في الملف فاصلة خارج علامات الاقتباس.',
  importLinkUnreadable: 'تعذّرت قراءة الرابط {number} من الملف ({format}).',

  importRowOf: 'الصف {number} من الملف ({format})',
  importLinkOf: 'الرابط {number} من الملف ({format})',
  importEntryOf: 'الإدخال {number} من الملف ({format})',
  importItemOf: 'العنصر {number} من الملف ({format})',
  importThisFile: 'الملف ({format})',
  importIssueInField: '{subject}: الحقل «\u2068{field}\u2069» {problem}.',
  importIssue: '{subject} {problem}.',
  importProblemMissing: 'مفقود',
  importProblemType: 'يجب أن يكون {expected}',
  importProblemOneOf: 'يجب أن يكون إحدى القيم: \u2068{values}\u2069',
  importProblemWrongKind: 'قيمته من نوع خاطئ',
  importProblemTooBig: 'كبير جدًا (الحد الأقصى {max})',
  importProblemTooSmall: 'صغير جدًا (الحد الأدنى {min})',
  importProblemFormat: 'ليس بتنسيق \u2068{format}\u2069 صالح',
  importProblemInvalid: 'غير صالح',
  importProblemUnixTime: 'يجب أن يكون وقت Unix بالثواني',
  importTypeText: 'نصًا',
  importTypeNumber: 'رقمًا',
  importTypeWholeNumber: 'عددًا صحيحًا',
  importTypeBoolean: 'true أو false',
  importTypeList: 'قائمة',
  importTypeObject: 'كائنًا',
  importTypeNull: 'null',
}
