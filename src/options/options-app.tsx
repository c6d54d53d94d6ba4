/**
 * The options page: where auto reader mode is on, the built-in catalogue of aggregator sites,
 * the opt-in to detect copies on every site, and backup of the rules.
 */
import { useState } from 'preact/hooks'
import type { ActionResult, PromptListener } from '../auto/access-request.ts'
import { t } from '../i18n/t.ts'
import { useSettings } from '../shared-ui/use-settings.ts'
import { AddSiteForm } from './add-site-form.tsx'
import { BackupSection } from './backup-section.tsx'
import { CatalogueList } from './catalogue-list.tsx'
import { DetectEverywhere } from './detect-everywhere.tsx'
import { RuleList } from './rule-list.tsx'
import { useAutoSettings } from './use-auto-settings.ts'

/**
 * Starts an action; one that asks for access tells `onPrompt` while the browser's prompt is open.
 */
export type StartAction = (onPrompt: PromptListener) => Promise<ActionResult>

/**
 * Runs an action and shows how it went. `start` is called at once, in the caller's own task:
 * when that is a click, the action's access request is made inside the click's user gesture.
 */
export type RunAction = (start: StartAction) => Promise<ActionResult>

export function OptionsApp() {
  useSettings() // the reader's theme applies here too
  const state = useAutoSettings()
  const [status, setShownStatus] = useState<ActionResult | null>(null)
  // Counts results, so a repeated message is still announced (and tests can wait for it).
  const [results, setResults] = useState(0)
  const setStatus = (result: ActionResult): void => {
    setShownStatus(result)
    setResults((n) => n + 1)
  }

  // While the browser's permission prompt is open, the status line says so (a waiting page, not
  // a button that seems to do nothing).
  const [promptNotice, setPromptNotice] = useState<string | null>(null)

  const run: RunAction = (start) => {
    const failed = (error: unknown): ActionResult => {
      console.warn('Upstream options:', error)
      return { ok: false, message: t('optionsFailed') }
    }
    let action: Promise<ActionResult>
    try {
      action = start(setPromptNotice)
    } catch (error) {
      action = Promise.resolve(failed(error))
    }
    const shown = action.catch(failed)
    shown.then(setStatus)
    return shown
  }

  const waiting = promptNotice !== null
  const error = !waiting && status !== null && !status.ok

  return (
    <div class="options" data-testid="options" data-loaded={state.loaded}>
      <header class="options__bar">
        <img src="/icons/icon-32.png" alt="" width="24" height="24" />
        <h1>{t('optionsTitle')}</h1>
      </header>
      <main class="options__main">
        <p
          class={`options__status ${error ? 'options__status--error' : ''}`}
          role={error ? 'alert' : 'status'}
          aria-live="polite"
          data-testid="options-status"
          data-results={results}
          data-waiting={waiting}
        >
          {promptNotice ?? status?.message ?? ''}
        </p>

        <section aria-labelledby="auto-heading">
          <h2 id="auto-heading">{t('optionsAutoHeading')}</h2>
          <p class="options__hint">{t('optionsAutoHint')}</p>
          <AddSiteForm run={run} />
          <RuleList state={state} run={run} />
        </section>

        <section aria-labelledby="catalogue-heading">
          <h2 id="catalogue-heading">{t('optionsCatalogueHeading')}</h2>
          <CatalogueList state={state} run={run} />
        </section>

        <section aria-labelledby="everywhere-heading">
          <h2 id="everywhere-heading">{t('optionsEverywhereHeading')}</h2>
          <DetectEverywhere state={state} run={run} />
        </section>

        <section aria-labelledby="backup-heading">
          <h2 id="backup-heading">{t('optionsBackupHeading')}</h2>
          <BackupSection state={state} run={run} onResult={setStatus} />
        </section>
      </main>
    </div>
  )
}
