/** Saving a story to the reading list (src/shared-ui/save-button.tsx), in Arabic. */
import type { AreaTranslation } from '../../types.ts'
import type { saveMessages as en } from '../en/save.ts'

export const saveMessages: AreaTranslation<typeof en> = {
  saveAction: 'حفظ',
  saveSaving: 'جارٍ الحفظ…',
  saveDone: 'تم الحفظ ✓',
  saveAlready: 'محفوظ مسبقًا',
  saveOpenList: 'قائمة القراءة',
  saveAnnounceAdded: 'تم الحفظ في قائمة القراءة. يمكنك قراءته دون اتصال بالإنترنت.',
  saveAnnounceMerged: 'محفوظ مسبقًا: أُضيف رابط هذه النسخة إلى المقال نفسه.',
  saveAnnounceUnchanged: 'موجود في قائمة القراءة مسبقًا.',
  saveFailed: 'لم يُحفظ. حاول مرة أخرى؛ وإن كان القرص ممتلئًا، فأفرِغ بعض المساحة أولًا.',
}
