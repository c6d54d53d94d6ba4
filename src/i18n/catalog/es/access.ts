import type { AreaTranslation } from '../../types.ts'
import type { accessMessages as en } from '../en/access.ts'

/** Asking the browser for access to a site (src/auto/access-messages.ts). */
export const accessMessages: AreaTranslation<typeof en> = {
  accessPromptNotice:
    'Permite el acceso a {what} en el cuadro de diálogo del navegador para continuar.',
  accessCouldNotAsk:
    'El navegador no permitió que Upstream pidiera acceso a {what}. Vuelve a intentarlo; si sigue ocurriendo, es posible que el navegador o su administrador impidan que las extensiones pidan acceso a sitios.',
  accessNotGiven: 'Upstream no obtuvo acceso a {what}, así que no se cambió nada.',
  accessEverySite: 'todos los sitios',
}
