/** Asking the browser for access to a site (src/auto/access-messages.ts), in Arabic. */
import type { AreaTranslation } from '../../types.ts'
import type { accessMessages as en } from '../en/access.ts'

export const accessMessages: AreaTranslation<typeof en> = {
  accessPromptNotice: 'للمتابعة، اسمح بالوصول إلى \u2068{what}\u2069 في الطلب الذي يعرضه متصفحك.',
  accessCouldNotAsk:
    'لم يسمح متصفحك بأن يطلب Upstream الوصول إلى \u2068{what}\u2069. حاول مرة أخرى؛ وإن تكرر ذلك، فربما يمنع متصفحك أو مسؤوله الإضافاتِ من طلب الوصول إلى المواقع.',
  accessNotGiven: 'لم يُمنح Upstream إذن الوصول إلى \u2068{what}\u2069، لذا لم يتغير شيء.',
  accessEverySite: 'جميع المواقع',
}
