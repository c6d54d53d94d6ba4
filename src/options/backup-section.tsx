/** Export the rules to a JSON file, and import such a file (validated; a bad one changes nothing). */

import type { ActionResult } from '../auto/access-request.ts'
import { exportRules, MAX_IMPORT_BYTES, parseRulesImport } from '../auto/rules.ts'
import { importRules } from '../auto/site-access.ts'
import { downloadText } from '../shared-ui/download.ts'
import type { RunAction } from './options-app.tsx'
import type { AutoState } from './use-auto-settings.ts'

interface Props {
  state: AutoState
  run: RunAction
  onResult: (result: ActionResult) => void
}

export function BackupSection({ state, run, onResult }: Props) {
  const onExport = () => {
    const data = exportRules(state.settings, new Date())
    downloadText('upstream-sites.json', 'application/json', `${JSON.stringify(data, null, 2)}\n`)
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
    run(() => importRules(parsed.rules))
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
