/** The in-page reader (auto reader mode), shown over the page itself, in Arabic. */
import type { AreaTranslation } from '../../types.ts'
import type { inPageMessages as en } from '../en/in-page.ts'

export const inPageMessages: AreaTranslation<typeof en> = {
  inPageBrand: 'وضع القراءة من Upstream',
  inPageShowOriginal: 'عرض الصفحة الأصلية',
  inPageShowOriginalHint: 'عرض الصفحة كما صمّمها الموقع (Esc)',
}
