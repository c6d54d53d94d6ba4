import type { AreaTranslation } from '../../types.ts'
import type { inPageMessages as en } from '../en/in-page.ts'

/** The in-page reader (auto reader mode), shown over the page itself. */
export const inPageMessages: AreaTranslation<typeof en> = {
  inPageBrand: 'Vista de lectura de Upstream',
  inPageShowOriginal: 'Mostrar la página original',
  inPageShowOriginalHint: 'Mostrar la página tal como la diseñó el sitio (Esc)',
}
