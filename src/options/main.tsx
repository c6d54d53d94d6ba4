import { render } from 'preact'
import '../shared-ui/theme.css'
import './options.css'
import { ErrorBoundary } from '../shared-ui/error-boundary.tsx'
import { OptionsApp } from './options-app.tsx'

const root = document.getElementById('app')
if (root) {
  render(
    <ErrorBoundary>
      <OptionsApp />
    </ErrorBoundary>,
    root,
  )
}
