/** Adds a site by host name, page address or match pattern. */
import { useState } from 'preact/hooks'
import { addSite } from '../auto/site-access.ts'
import { parseSitePattern } from '../auto/site-pattern.ts'
import { t } from '../i18n/t.ts'
import type { RunAction } from './options-app.tsx'

export function AddSiteForm({ run }: { run: RunAction }) {
  const [value, setValue] = useState('')
  const [error, setError] = useState('')

  const onSubmit = (event: Event) => {
    event.preventDefault()
    const parsed = parseSitePattern(value)
    if (!parsed.ok) {
      setError(parsed.message)
      return
    }
    setError('')
    // Started now, inside the submit's user gesture: it asks the browser for access first.
    run((onPrompt) => addSite(value, onPrompt)).then((result) => result.ok && setValue(''))
  }

  return (
    <form class="add-site" onSubmit={onSubmit} noValidate>
      <label for="site-input">{t('optionsSiteLabel')}</label>
      <div class="add-site__row">
        <input
          id="site-input"
          type="text"
          value={value}
          onInput={(event) => setValue(event.currentTarget.value)}
          placeholder={t('optionsSitePlaceholder')}
          autocomplete="off"
          spellcheck={false}
          aria-describedby="site-help site-error"
          aria-invalid={error !== ''}
          data-testid="site-input"
        />
        <button type="submit" class="button button--primary" data-testid="add-site">
          {t('optionsAddSite')}
        </button>
      </div>
      <p id="site-help" class="options__hint">
        {t('optionsSiteHelp')}
      </p>
      <p id="site-error" class="options__field-error" data-testid="site-error">
        {error}
      </p>
    </form>
  )
}
