/**
 * The in-page reader: the story over the page, with the reader tab's typography and theme
 * controls and its source links at the top, and a way back to the page as it was.
 */
import { useCallback, useMemo } from 'preact/hooks'
import { t } from '../i18n/t.ts'
import { sendRequest } from '../messaging/client.ts'
import type { ArticleResult } from '../messaging/outcome.ts'
import { ReaderControls } from '../reader/reader-controls.tsx'
import { storyStyle } from '../reader/story-style.ts'
import type { ReaderSettings } from '../settings/reader-settings.ts'
import { SaveButton, type SaveOperations } from '../shared-ui/save-button.tsx'
import { SourceLinks } from '../shared-ui/source-links.tsx'
import { StoryView } from '../shared-ui/story-view.tsx'
import { applySettingsTo, useReaderSettings } from '../shared-ui/use-settings.ts'

interface Props {
  result: ArticleResult
  /** The element theme.css reads data-theme and data-font from. */
  root: HTMLElement
  onShowOriginal: () => void
}

/** A content script has no IndexedDB of ours: the background saves for it. */
function backgroundSaveOps(result: ArticleResult): SaveOperations {
  return {
    isSaved: async () => (await sendRequest('isStorySaved', { result })).saved,
    save: async () => (await sendRequest('saveStory', { result })).saved,
  }
}

export function InPageReaderApp({ result, root, onShowOriginal }: Props) {
  const apply = useCallback((settings: ReaderSettings) => applySettingsTo(root, settings), [root])
  const { settings, change } = useReaderSettings(apply)
  const saveOps = useMemo(() => backgroundSaveOps(result), [result])
  return (
    <div class="reader" data-testid="in-page-reader" data-state="article">
      <header class="reader__bar">
        <span class="reader__brand">{t('inPageBrand')}</span>
        <div class="in-page__tools">
          <ReaderControls settings={settings} onChange={change} />
          <SaveButton ops={saveOps} />
          <button
            type="button"
            class="button"
            onClick={onShowOriginal}
            title={t('inPageShowOriginalHint')}
            data-testid="show-original"
          >
            {t('inPageShowOriginal')}
          </button>
        </div>
      </header>
      <main class="reader__main" style={storyStyle(settings)}>
        <div class="reader__column">
          <SourceLinks result={result} />
          <StoryView article={result.article} />
        </div>
      </main>
    </div>
  )
}
