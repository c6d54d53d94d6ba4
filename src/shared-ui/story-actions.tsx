/**
 * Actions on the story: open it in a reader tab (popup only), copy it as Markdown, copy the
 * original link. Results are announced in a polite live region, not only shown.
 */
import { useState } from 'preact/hooks'
import type { ArticleResult } from '../messaging/outcome.ts'
import { bestOriginalLink } from '../shared/links.ts'
import { writeClipboard } from './clipboard.ts'
import { toSafeHtml } from './safe-html.ts'
import { SaveButton, type SaveOperations } from './save-button.tsx'

interface Props {
  result: ArticleResult
  /** Shown only where a reader tab makes sense (the popup). */
  onOpenReader?: () => Promise<void>
  /** "Save to reading list", where the story can be saved. */
  saveOps?: SaveOperations
}

async function markdownOf(result: ArticleResult): Promise<string> {
  // Turndown is large and only needed on this click: it loads as a separate chunk.
  const { toMarkdown } = await import('../core/markdown.ts')
  const html = toSafeHtml(result.article.html)
  return toMarkdown({ ...result, article: { ...result.article, html } })
}

export function StoryActions({ result, onOpenReader, saveOps }: Props) {
  const [status, setStatus] = useState('')
  const link = bestOriginalLink(result)

  const run = async (action: () => Promise<string>) => {
    try {
      setStatus(await action())
    } catch (error) {
      setStatus(`That did not work: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  const copyMarkdown = () =>
    run(async () =>
      (await writeClipboard(await markdownOf(result)))
        ? 'Copied the story as Markdown.'
        : 'Could not copy.',
    )

  const copyLink = () =>
    run(async () => {
      if (!link) return 'This page names no link to copy.'
      return (await writeClipboard(link)) ? `Copied ${link}` : 'Could not copy.'
    })

  return (
    <div data-testid="story-actions">
      <fieldset class="action-bar">
        <legend class="visually-hidden">Story actions</legend>
        {onOpenReader && (
          <button
            type="button"
            class="button button--primary"
            onClick={() =>
              run(async () => {
                await onOpenReader()
                return 'Opened the reader.'
              })
            }
            data-testid="action-open-reader"
          >
            Open in reader
          </button>
        )}
        {saveOps && <SaveButton ops={saveOps} />}
        <button
          type="button"
          class="button"
          onClick={copyMarkdown}
          data-testid="action-copy-markdown"
        >
          Copy as Markdown
        </button>
        <button
          type="button"
          class="button"
          onClick={copyLink}
          disabled={!link}
          data-testid="action-copy-link"
        >
          Copy original link
        </button>
      </fieldset>
      <p class="action-status" role="status" aria-live="polite" data-testid="action-status">
        {status}
      </p>
    </div>
  )
}
