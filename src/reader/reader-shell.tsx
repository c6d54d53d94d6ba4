/**
 * The reader tab's frame around whatever it shows: the bar (Print, the keyboard shortcuts, the
 * reading settings) and the story column sized by the settings. `state` is what the page shows
 * (article, link-only, source-gone …), on the root for tests and styles.
 */
import type { ComponentChildren } from 'preact'
import { useCallback, useEffect, useState } from 'preact/hooks'
import { t } from '../i18n/t.ts'
import { useReaderSettings } from '../shared-ui/use-settings.ts'
import { ReaderControls } from './reader-controls.tsx'
import { ShortcutsDialog } from './shortcuts-dialog.tsx'
import { storyStyle } from './story-style.ts'
import { useShortcutKey } from './use-shortcut-key.ts'

interface Props {
  state: string
  /** The story's headline, for the tab's title. */
  title: string | null
  children: ComponentChildren
}

export function ReaderShell({ state, title, children }: Props) {
  const { settings, change } = useReaderSettings()
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  const openShortcuts = useCallback(() => setShortcutsOpen(true), [])
  useShortcutKey('?', openShortcuts)

  useEffect(() => {
    document.title = title ? t('readerDocumentTitleStory', { title }) : t('readerDocumentTitle')
  }, [title])

  return (
    <div class="reader" data-testid="reader" data-state={state}>
      <header class="reader__bar">
        <span class="reader__brand">
          <img src="/icons/icon-32.png" alt="" width="20" height="20" />
          {t('extName')}
        </span>
        <div class="reader__tools">
          <button type="button" class="button" onClick={() => window.print()} data-testid="print">
            {t('readerPrint')}
          </button>
          <button
            type="button"
            class="button"
            aria-haspopup="dialog"
            aria-keyshortcuts="?"
            onClick={openShortcuts}
            data-testid="shortcuts-open"
          >
            {t('readerShortcuts')}
          </button>
          <ReaderControls settings={settings} onChange={change} />
        </div>
      </header>
      <main class="reader__main" style={storyStyle(settings)}>
        <div class="reader__column">{children}</div>
      </main>
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
    </div>
  )
}
