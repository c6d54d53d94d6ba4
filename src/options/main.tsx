import { render } from 'preact'
import '../shared-ui/theme.css'
import './options.css'
import { applyUiLanguage } from '../i18n/t.ts'
import { ErrorBoundary } from '../shared-ui/error-boundary.tsx'
import { OptionsApp } from './options-app.tsx'

// The page speaks the browser's language, right to left where that language is written so.
applyUiLanguage()

const root = document.getElementById('app')
if (root) {
  render(
    <ErrorBoundary>
      <OptionsApp />
    </ErrorBoundary>,
    root,
  )
}
