/** Reader settings → the custom properties story.css reads. */
import type { ReaderSettings } from '../settings/reader-settings.ts'

const WIDTH = { narrow: '32em', medium: '38em', wide: '46em' } as const
const LEADING = { compact: '1.4', normal: '1.65', relaxed: '1.9' } as const

export function storyStyle(settings: ReaderSettings): Record<string, string> {
  return {
    '--story-size': `${settings.fontSize}px`,
    '--story-width': WIDTH[settings.lineWidth],
    '--story-leading': LEADING[settings.lineHeight],
  }
}
