/** The aggregator sites our site adapters know, each switched on with one click. */
import { siteCatalogue } from '../auto/catalogue.ts'
import { addSite } from '../auto/site-access.ts'
import { t } from '../i18n/t.ts'
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
            <span class="catalogue__listed">{t('optionsCatalogueListed')}</span>
          ) : (
            <button
              type="button"
              class="button"
              onClick={() => run((onPrompt) => addSite(entry.site, onPrompt))}
              // Names the site; holds the words shown, so speech input can say them (a catalog
              // test checks this in every language).
              aria-label={t('optionsTurnOnLabel', { site: entry.site })}
              data-testid="catalogue-add"
            >
              {t('optionsTurnOn')}
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}
