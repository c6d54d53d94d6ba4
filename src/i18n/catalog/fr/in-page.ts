import type { AreaTranslation } from '../../types.ts'
import type { inPageMessages as en } from '../en/in-page.ts'

/** The in-page reader (auto reader mode), shown over the page itself. */
export const inPageMessages: AreaTranslation<typeof en> = {
  inPageBrand: 'Mode lecture Upstream',
  inPageShowOriginal: 'Quitter le mode lecture',
  inPageShowOriginalHint: 'Afficher la page telle que le site l’a conçue (Échap)',
}
