/** The opt-in to detect aggregator copies on every site (asks for access to every site). */
import { setDetectEverywhere } from '../auto/site-access.ts'
import { t } from '../i18n/t.ts'
import type { RunAction } from './options-app.tsx'
import type { AutoState } from './use-auto-settings.ts'

export function DetectEverywhere({ state, run }: { state: AutoState; run: RunAction }) {
  const on = state.settings.detectEverywhere && state.everySiteGranted
  return (
    <div class="everywhere">
      <input
        id="detect-everywhere"
        type="checkbox"
        checked={on}
        onChange={(event) => {
          const on = event.currentTarget.checked
          run((onPrompt) => setDetectEverywhere(on, onPrompt))
        }}
        aria-describedby="everywhere-help"
        data-testid="detect-everywhere"
      />
      <label for="detect-everywhere">{t('optionsEverywhereLabel')}</label>
      <p id="everywhere-help" class="options__hint">
        {t('optionsEverywhereHelp')}
      </p>
    </div>
  )
}
