import type { AreaTranslation } from '../../types.ts'
import type { accessMessages as en } from '../en/access.ts'

/** Asking the browser for access to a site (src/auto/access-messages.ts). */
export const accessMessages: AreaTranslation<typeof en> = {
  accessPromptNotice:
    'Erlauben Sie im Berechtigungsdialog des Browsers den Zugriff auf {what}, um fortzufahren.',
  accessCouldNotAsk:
    'Der Browser hat Upstream nicht um Zugriff auf {what} bitten lassen. Versuchen Sie es erneut; falls das wiederholt passiert, verhindert möglicherweise der Browser oder dessen Administrator, dass Erweiterungen Zugriff auf Websites anfordern.',
  accessNotGiven: 'Upstream hat keinen Zugriff auf {what} erhalten; es wurde nichts geändert.',
  accessEverySite: 'alle Websites',
}
