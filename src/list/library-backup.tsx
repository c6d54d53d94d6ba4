/**
 * Export the reading list (our JSON, Markdown, HTML) and import one (our JSON, a Pocket HTML or
 * CSV export, an Instapaper CSV, a Wallabag JSON). An import is validated whole before anything
 * is written: a malformed or hostile file is refused with a message naming what is wrong, and
 * nothing already saved changes.
 */
import { useState } from 'preact/hooks'
import { formatList } from '../i18n/format.ts'
import { tCount } from '../i18n/plural.ts'
import { type PlainKey, t } from '../i18n/t.ts'
import { LibraryError } from '../library/errors.ts'
import { exportHtml } from '../library/export/html.ts'
import { exportMarkdown } from '../library/export/markdown.ts'
import { exportJson } from '../library/export/upstream-json.ts'
import { readAll } from '../library/export-all.ts'
import { formatName } from '../library/import/format-name.ts'
import { MAX_FILE_CHARS, parseImport } from '../library/import/index.ts'
import { type ImportCounts, importItems } from '../library/import-items.ts'
import { downloadText } from '../shared-ui/download.ts'

type Format = 'json' | 'markdown' | 'html'

const FILES: Record<Format, { name: string; type: string; label: PlainKey }> = {
  json: { name: 'upstream-reading-list.json', type: 'application/json', label: 'listExportJson' },
  markdown: {
    name: 'upstream-reading-list.md',
    type: 'text/markdown',
    label: 'listExportMarkdown',
  },
  html: { name: 'upstream-reading-list.html', type: 'text/html', label: 'listExportHtml' },
}

/** "3 added, 1 skipped (not a web address)": what an import did, the counts that are not 0. */
function importCounts(counts: ImportCounts, skipped: number): string {
  const parts = [tCount('listImportedAdded', counts.added)]
  if (counts.merged > 0) parts.push(tCount('listImportedMerged', counts.merged))
  if (counts.unchanged > 0) parts.push(tCount('listImportedUnchanged', counts.unchanged))
  if (skipped > 0) parts.push(tCount('listImportedSkipped', skipped))
  return formatList(parts)
}

export function LibraryBackup({ onImported }: { onImported: () => void }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const exportAs = async (format: Format) => {
    const items = await readAll()
    const now = new Date()
    const text =
      format === 'json'
        ? exportJson(items, now)
        : format === 'markdown'
          ? exportMarkdown(items, now)
          : exportHtml(items, now, window)
    downloadText(FILES[format].name, FILES[format].type, text)
    setStatus({
      ok: true,
      text: tCount('listExported', items.length, { file: FILES[format].name }),
    })
  }

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    if (file.size > MAX_FILE_CHARS * 4) {
      setStatus({ ok: false, text: t('listImportTooLarge') })
      return
    }
    const parsed = parseImport(file.name, await file.text(), Date.now())
    if (!parsed.ok) {
      setStatus({ ok: false, text: t('listImportRefused', { reason: parsed.message }) })
      return
    }
    const counts = await importItems(parsed.items)
    setStatus({
      ok: true,
      text: t('listImported', {
        format: formatName(parsed.format),
        counts: importCounts(counts, parsed.skipped),
      }),
    })
    onImported()
  }

  const run = (action: () => Promise<void>) => {
    setBusy(true)
    action()
      .catch((error: unknown) => {
        // A full disk says so in the user's words; anything else is reported plainly.
        if (!(error instanceof LibraryError)) console.warn('Upstream: export or import:', error)
        setStatus({
          ok: false,
          text: error instanceof LibraryError ? error.message : t('listFailed'),
        })
      })
      .finally(() => setBusy(false))
  }

  return (
    <section class="backup-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('listBackupHeading')}</h2>
      <div class="backup-section__row">
        {(['json', 'markdown', 'html'] as const).map((format) => (
          <button
            key={format}
            type="button"
            class="button"
            disabled={busy}
            onClick={() => run(() => exportAs(format))}
            data-testid={`export-${format}`}
          >
            {t(FILES[format].label)}
          </button>
        ))}
        <input
          id="import-library"
          class="visually-hidden"
          type="file"
          accept=".json,.csv,.html,.htm,application/json,text/csv,text/html"
          disabled={busy}
          onChange={(event) => {
            const input = event.currentTarget
            run(() => importFile(input))
          }}
          data-testid="import-library"
        />
        <label class="button" for="import-library">
          {t('listImport')}
        </label>
      </div>
      <p class="options__hint">{t('listImportHint')}</p>
      <p
        class={status?.ok === false ? 'reading-list__error' : ''}
        role={status?.ok === false ? 'alert' : 'status'}
        data-testid="backup-status"
      >
        {status?.text ?? ''}
      </p>
    </section>
  )
}
