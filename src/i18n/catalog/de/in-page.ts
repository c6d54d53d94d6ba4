import type { AreaTranslation } from '../../types.ts'
import type { inPageMessages as en } from '../en/in-page.ts'

/** The in-page reader (auto reader mode), shown over the page itself. */
export const inPageMessages: AreaTranslation<typeof en> = {
  inPageBrand: 'Upstream-Leseansicht',
  inPageShowOriginal: 'Ursprüngliche Seite anzeigen',
  inPageShowOriginalHint: 'Die Seite so anzeigen, wie die Website sie gestaltet hat (Esc)',
}
