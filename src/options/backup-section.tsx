/** Export the rules to a JSON file, and import such a file (validated; a bad one changes nothing). */

import type { ActionResult } from '../auto/access-request.ts'
import { exportRules, MAX_IMPORT_BYTES, parseRulesImport } from '../auto/rules.ts'
import { importRules } from '../auto/site-access.ts'
import { tCount } from '../i18n/plural.ts'
import { t } from '../i18n/t.ts'
import { downloadText } from '../shared-ui/download.ts'
import type { RunAction } from './options-app.tsx'
import type { AutoState } from './use-auto-settings.ts'

interface Props {
  state: AutoState
  run: RunAction
  onResult: (result: ActionResult) => void
}

const EXPORT_FILE = 'upstream-sites.json'

export function BackupSection({ state, run, onResult }: Props) {
  const onExport = () => {
    const data = exportRules(state.settings, new Date())
    downloadText(EXPORT_FILE, 'application/json', `${JSON.stringify(data, null, 2)}\n`)
    const message = tCount('optionsExported', data.rules.length, { file: EXPORT_FILE })
    onResult({ ok: true, message })
  }

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    if (file.size > MAX_IMPORT_BYTES) {
      onResult({ ok: false, message: t('rulesImportTooLarge') })
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
        {t('optionsExport')}
      </button>
      <input
        id="import-rules"
        class="visually-hidden"
        type="file"
        accept="application/json,.json"
        onChange={(event) => {
          onImport(event.currentTarget).catch((error: unknown) => {
            // The browser's reason is for the console; the user is told what to do.
            console.warn('Upstream options: reading the file failed:', error)
            onResult({ ok: false, message: t('optionsReadFailed') })
          })
        }}
        data-testid="import-rules"
      />
      {/* After the input, so its keyboard focus can be drawn on the label (options.css). */}
      <label class="button" for="import-rules">
        {t('optionsImport')}
      </label>
    </div>
  )
}
