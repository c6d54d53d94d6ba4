/** The aggregator sites our site adapters know, each switched on with one click. */
import { siteCatalogue } from '../auto/catalogue.ts'
import { addSite } from '../auto/site-access.ts'
import type { RunAction } from './options-app.tsx'
import type { AutoState } from './use-auto-settings.ts'

const CATALOGUE = siteCatalogue()

export function CatalogueList({ state, run }: { state: AutoState; run: RunAction }) {
  const listed = new Set(state.settings.rules.map((rule) => rule.site))
  return (
    <ul class="catalogue" data-testid="catalogue">
      {CATALOGUE.map((entry) => (
        <li key={entry.site} class="catalogue__item" data-site={entry.site}>
          <span>
            <strong>{entry.site}</strong> <span class="options__hint">{entry.family}</span>
          </span>
          {listed.has(entry.site) ? (
            <span class="catalogue__listed">In your sites</span>
          ) : (
            <button
              type="button"
              class="button"
              onClick={() => run((onPrompt) => addSite(entry.site, onPrompt))}
              aria-label={`Open ${entry.site} in reader view`}
              data-testid="catalogue-add"
            >
              Turn on
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}
