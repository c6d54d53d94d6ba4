/** How messages name each kind of file an import reads ("Row 2 of this Pocket CSV"). */
import { t } from '../../i18n/t.ts'
import type { ImportFormat } from './sniff.ts'

const NAMES = {
  'upstream-json': 'importFormatUpstreamJson',
  'pocket-html': 'importFormatPocketHtml',
  'pocket-csv': 'importFormatPocketCsv',
  'instapaper-csv': 'importFormatInstapaperCsv',
  'wallabag-json': 'importFormatWallabagJson',
} as const satisfies Record<ImportFormat, string>

export function formatName(format: ImportFormat): string {
  return t(NAMES[format])
}
