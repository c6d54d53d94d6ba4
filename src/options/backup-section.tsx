/** Export the rules to a JSON file, and import such a file (validated; a bad one changes nothing). */
import { exportRules, MAX_IMPORT_BYTES, parseRulesImport } from '../auto/rules.ts'
import { type ActionResult, importRules } from '../auto/site-access.ts'
import type { RunAction } from './options-app.tsx'
import type { AutoState } from './use-auto-settings.ts'

interface Props {
  state: AutoState
  run: RunAction
  onResult: (result: ActionResult) => void
}

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  // The download has started from the click; the object URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

export function BackupSection({ state, run, onResult }: Props) {
  const onExport = () => {
    const data = exportRules(state.settings, new Date())
    download('upstream-sites.json', `${JSON.stringify(data, null, 2)}\n`)
    onResult({ ok: true, message: `Exported ${data.rules.length} sites to upstream-sites.json.` })
  }

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    if (file.size > MAX_IMPORT_BYTES) {
      onResult({ ok: false, message: 'This file is too large to be an Upstream sites file.' })
      return
    }
    const parsed = parseRulesImport(await file.text())
    if (!parsed.ok) {
      onResult(parsed)
      return
    }
    run(importRules(parsed.rules))
  }

  return (
    <div class="backup">
      <button type="button" class="button" onClick={onExport} data-testid="export-rules">
        Export sites
      </button>
      <input
        id="import-rules"
        class="visually-hidden"
        type="file"
        accept="application/json,.json"
        onChange={(event) => {
          onImport(event.currentTarget).catch((error: unknown) =>
            onResult({ ok: false, message: `Could not read the file: ${String(error)}` }),
          )
        }}
        data-testid="import-rules"
      />
      {/* After the input, so its keyboard focus can be drawn on the label (options.css). */}
      <label class="button" for="import-rules">
        Import sites…
      </label>
    </div>
  )
}
