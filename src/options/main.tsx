import { render } from 'preact'
import '../shared-ui/theme.css'
import './options.css'
import { applyUiLanguage, t } from '../i18n/t.ts'
import { ErrorBoundary } from '../shared-ui/error-boundary.tsx'
import { OptionsApp } from './options-app.tsx'

// Before the first render: the page's language and direction come from the browser's.
applyUiLanguage()
document.title = t('optionsTitle')
const root = document.getElementById('app')
if (root) {
  render(
    <ErrorBoundary>
      <OptionsApp />
    </ErrorBoundary>,
    root,
  )
}
