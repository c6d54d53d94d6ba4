import type { AreaTranslation } from '../../types.ts'
import type { accessMessages as en } from '../en/access.ts'

/** Asking the browser for access to a site (src/auto/access-messages.ts). */
export const accessMessages: AreaTranslation<typeof en> = {
  accessPromptNotice:
    'Autorisez l’accès à {what} dans la fenêtre de votre navigateur pour continuer.',
  accessCouldNotAsk:
    'Votre navigateur n’a pas permis à Upstream de demander l’accès à {what}. Réessayez ; si le problème persiste, votre navigateur ou son administrateur empêche peut-être les extensions de demander l’accès aux sites.',
  accessNotGiven: 'Upstream n’a pas obtenu l’accès à {what} ; rien n’a été modifié.',
  accessEverySite: 'tous les sites',
}
