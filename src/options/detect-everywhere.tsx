/** The opt-in to detect aggregator copies on every site (asks for access to every site). */
import { setDetectEverywhere } from '../auto/site-access.ts'
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
      <label for="detect-everywhere">Detect aggregator copies on every site</label>
      <p id="everywhere-help" class="options__hint">
        Off by default. When on, Upstream reads each page you open to mark republished stories with
        a badge on its button, which needs access to every site. Nothing leaves your browser.
      </p>
    </div>
  )
}
