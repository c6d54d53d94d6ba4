/**
 * The popup's actions, one compact row: open the reader, save, copy the original's link, and a
 * "More" menu (copy as Markdown, always open this site in reader view, settings). Results are
 * announced in a polite live region and shown in one short line.
 */
import { useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import { t } from '../i18n/t.ts'
import type { ArticleResult } from '../messaging/outcome.ts'
import { bestOriginalLink, sourceOfKind } from '../shared/links.ts'
import { writeClipboard } from '../shared-ui/clipboard.ts'
import { errorWords } from '../shared-ui/error-words.ts'
import { Icon } from '../shared-ui/icons.tsx'
import { markdownOf } from '../shared-ui/markdown-of.ts'
import { MoreMenu } from '../shared-ui/menu.tsx'
import { SaveButton, type SaveOperations } from '../shared-ui/save-button.tsx'
import { AlwaysOpenItem } from './always-open.tsx'

interface Props {
  result: ArticleResult
  pageUrl: string | undefined
  onOpenReader: () => Promise<void>
  saveOps: SaveOperations | undefined
}

export function PopupActions({ result, pageUrl, onOpenReader, saveOps }: Props) {
  const [status, setStatus] = useState('')
  const link = bestOriginalLink(result)
  // On an excerpt the story is elsewhere: reading the original comes first.
  const excerptOf = result.article.isExcerpt ? sourceOfKind(result, 'original') : null

  const run = (action: () => Promise<string>) => {
    action().then(setStatus, (error: unknown) => setStatus(errorWords(error, 'action failed')))
  }
  const copyLink = () =>
    run(async () => {
      if (!link) return t('popupNoLink')
      return (await writeClipboard(link))
        ? t('popupCopiedLink', { url: link })
        : t('popupCopyFailed')
    })
  const copyMarkdown = () =>
    run(async () =>
      (await writeClipboard(await markdownOf(result)))
        ? t('popupCopiedMarkdown')
        : t('popupCopyFailed'),
    )

  return (
    // With "Read the original" in the row, the quieter actions keep only their icons.
    <div
      class={excerptOf ? 'popup-actions popup-actions--crowded' : 'popup-actions'}
      data-testid="story-actions"
    >
      <fieldset class="popup-actions__row">
        <legend class="visually-hidden">{t('popupStoryActions')}</legend>
        {excerptOf && (
          <a
            class="button button--primary"
            href={excerptOf.url}
            target="_blank"
            rel="noopener"
            data-testid="action-read-original"
          >
            <Icon name="external" />
            <span class="button__label">{t('popupReadOriginal')}</span>
          </a>
        )}
        <button
          type="button"
          class={excerptOf ? 'button' : 'button button--primary'}
          onClick={() =>
            run(async () => {
              await onOpenReader()
              return t('popupOpenedReader')
            })
          }
          data-testid="action-open-reader"
        >
          <Icon name="reader" />
          <span class="button__label">{t('popupOpenReader')}</span>
        </button>
        {saveOps && <SaveButton ops={saveOps} />}
        <button
          type="button"
          class="button button--quiet"
          onClick={copyLink}
          disabled={!link}
          title={t('popupCopyLinkLong')}
          data-testid="action-copy-link"
        >
          <Icon name="link" />
          <span class="button__label">{t('popupCopyLink')}</span>
        </button>
        <MoreMenu label={t('popupMore')} testId="action-more">
          {(close) => (
            <>
              <button
                type="button"
                class="menu__item"
                onClick={() => {
                  close()
                  copyMarkdown()
                }}
                data-testid="action-copy-markdown"
              >
                {t('popupCopyMarkdown')}
              </button>
              <AlwaysOpenItem pageUrl={pageUrl} report={setStatus} close={close} />
              <button
                type="button"
                class="menu__item"
                onClick={() => {
                  close()
                  void browser.runtime.openOptionsPage()
                }}
                data-testid="action-settings"
              >
                {t('popupSettings')}
              </button>
            </>
          )}
        </MoreMenu>
      </fieldset>
      <p class="action-status" role="status" aria-live="polite" data-testid="action-status">
        {status}
      </p>
    </div>
  )
}
