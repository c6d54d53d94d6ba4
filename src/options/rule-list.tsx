/** The sites where auto reader mode is set up: on/off, access, remove. */
import type { AutoRule } from '../auto/rules.ts'
import { grantSiteAccess, removeSite, setSiteEnabled } from '../auto/site-access.ts'
import { t } from '../i18n/t.ts'
import type { RunAction } from './options-app.tsx'
import type { AutoState } from './use-auto-settings.ts'

function RuleRow({ rule, granted, run }: { rule: AutoRule; granted: boolean; run: RunAction }) {
  const id = `rule-${rule.site.replace(/[^a-z0-9]+/gi, '-')}`
  return (
    <li class="rule" data-testid="rule" data-site={rule.site}>
      <input
        id={id}
        type="checkbox"
        checked={rule.enabled}
        onChange={(event) => {
          const enabled = event.currentTarget.checked
          run((onPrompt) => setSiteEnabled(rule, enabled, onPrompt))
        }}
        data-testid="rule-enabled"
      />
      <label for={id} class="rule__site">
        {rule.site}
      </label>
      {rule.enabled && !granted && (
        <button
          type="button"
          class="button"
          onClick={() => run((onPrompt) => grantSiteAccess(rule, onPrompt))}
          // Each row's button names its site; the names hold the words shown.
          aria-label={t('optionsGrantLabel', { site: rule.site })}
          data-testid="rule-grant"
        >
          {t('optionsGrant')}
        </button>
      )}
      <button
        type="button"
        class="button button--quiet"
        onClick={() => run(() => removeSite(rule))}
        aria-label={t('optionsRemoveLabel', { site: rule.site })}
        data-testid="rule-remove"
      >
        {t('optionsRemove')}
      </button>
    </li>
  )
}

export function RuleList({ state, run }: { state: AutoState; run: RunAction }) {
  const { rules } = state.settings
  if (!state.loaded) return null
  if (rules.length === 0) {
    return (
      <p class="options__empty" data-testid="rules-empty">
        {t('optionsNoSites')}
      </p>
    )
  }
  return (
    <ul class="rules" data-testid="rules">
      {rules.map((rule) => (
        <RuleRow key={rule.site} rule={rule} granted={state.granted.has(rule.site)} run={run} />
      ))}
    </ul>
  )
}
