/**
 * Actions on the story below it in the reader tab: save it, copy it as Markdown, copy the
 * original link. Results are announced in a polite live region, not only shown.
 */
import { useState } from 'preact/hooks'
import { t } from '../i18n/t.ts'
import type { ArticleResult } from '../messaging/outcome.ts'
import { bestOriginalLink } from '../shared/links.ts'
import { writeClipboard } from './clipboard.ts'
import { errorWords } from './error-words.ts'
import { markdownOf } from './markdown-of.ts'
import { SaveButton, type SaveOperations } from './save-button.tsx'

interface Props {
  result: ArticleResult
  /** "Save to reading list", where the story can be saved. */
  saveOps?: SaveOperations
}

export function StoryActions({ result, saveOps }: Props) {
  const [status, setStatus] = useState('')
  const link = bestOriginalLink(result)

  const run = async (action: () => Promise<string>) => {
    try {
      setStatus(await action())
    } catch (error) {
      setStatus(errorWords(error, 'the story action did not work'))
    }
  }

  const copyMarkdown = () =>
    run(async () =>
      t(
        (await writeClipboard(await markdownOf(result)))
          ? 'readerCopiedMarkdown'
          : 'readerCopyFailed',
      ),
    )

  const copyLink = () =>
    run(async () => {
      if (!link) return t('readerNoLink')
      return (await writeClipboard(link))
        ? t('readerCopiedLink', { url: link })
        : t('readerCopyFailed')
    })

  return (
    <div data-testid="story-actions">
      <fieldset class="action-bar">
        <legend class="visually-hidden">{t('readerStoryActions')}</legend>
        {saveOps && <SaveButton ops={saveOps} />}
        <button
          type="button"
          class="button"
          onClick={copyMarkdown}
          data-testid="action-copy-markdown"
        >
          {t('readerCopyMarkdown')}
        </button>
        <button
          type="button"
          class="button"
          onClick={copyLink}
          disabled={!link}
          data-testid="action-copy-link"
        >
          {t('readerCopyLink')}
        </button>
      </fieldset>
      <p class="action-status" role="status" aria-live="polite" data-testid="action-status">
        {status}
      </p>
    </div>
  )
}
