/**
 * Export the reading list (our JSON, Markdown, HTML) and import one (our JSON, a Pocket HTML or
 * CSV export, an Instapaper CSV, a Wallabag JSON). An import is validated whole before anything
 * is written: a malformed or hostile file is refused with a message naming what is wrong, and
 * nothing already saved changes.
 */
import { useState } from 'preact/hooks'
import { exportHtml } from '../library/export/html.ts'
import { exportMarkdown } from '../library/export/markdown.ts'
import { exportJson } from '../library/export/upstream-json.ts'
import { readAll } from '../library/export-all.ts'
import { MAX_FILE_CHARS, parseImport } from '../library/import/index.ts'
import { importItems } from '../library/import-items.ts'
import { downloadText } from '../shared-ui/download.ts'

type Format = 'json' | 'markdown' | 'html'

const FILES: Record<Format, { name: string; type: string }> = {
  json: { name: 'upstream-reading-list.json', type: 'application/json' },
  markdown: { name: 'upstream-reading-list.md', type: 'text/markdown' },
  html: { name: 'upstream-reading-list.html', type: 'text/html' },
}

const FORMAT_NAMES = {
  'upstream-json': 'Upstream JSON',
  'pocket-html': 'Pocket HTML',
  'pocket-csv': 'Pocket CSV',
  'instapaper-csv': 'Instapaper CSV',
  'wallabag-json': 'Wallabag JSON',
} as const

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
    setStatus({ ok: true, text: `Exported ${items.length} stories to ${FILES[format].name}.` })
  }

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    if (file.size > MAX_FILE_CHARS * 4) {
      setStatus({ ok: false, text: 'This file is too large to be a reading-list export.' })
      return
    }
    const parsed = parseImport(file.name, await file.text(), Date.now())
    if (!parsed.ok) {
      setStatus({
        ok: false,
        text: `${parsed.message} Nothing was imported; your list is unchanged.`,
      })
      return
    }
    const counts = await importItems(parsed.items)
    const parts = [`${counts.added} added`]
    if (counts.merged > 0) parts.push(`${counts.merged} merged into stories already saved`)
    if (counts.unchanged > 0) parts.push(`${counts.unchanged} already there`)
    if (parsed.skipped > 0) parts.push(`${parsed.skipped} skipped (not a web address)`)
    setStatus({ ok: true, text: `Imported ${FORMAT_NAMES[parsed.format]}: ${parts.join(', ')}.` })
    onImported()
  }

  const run = (action: () => Promise<void>) => {
    setBusy(true)
    action()
      .catch((error: unknown) =>
        setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => setBusy(false))
  }

  return (
    <section class="backup-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Export and import</h2>
      <div class="backup-section__row">
        <button
          type="button"
          class="button"
          disabled={busy}
          onClick={() => run(() => exportAs('json'))}
          data-testid="export-json"
        >
          Export (Upstream JSON)
        </button>
        <button
          type="button"
          class="button"
          disabled={busy}
          onClick={() => run(() => exportAs('markdown'))}
          data-testid="export-markdown"
        >
          Export Markdown
        </button>
        <button
          type="button"
          class="button"
          disabled={busy}
          onClick={() => run(() => exportAs('html'))}
          data-testid="export-html"
        >
          Export HTML
        </button>
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
          Import…
        </label>
      </div>
      <p class="options__hint">
        Import a Pocket export (HTML or CSV), an Instapaper CSV, a Wallabag JSON export or an
        Upstream JSON export. Links that come without their text are kept as links.
      </p>
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
