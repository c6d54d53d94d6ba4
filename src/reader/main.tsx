import { render } from 'preact'
import '../shared-ui/theme.css'
import '../shared-ui/story.css'
import './reader.css'
import './print.css'
import { applyUiLanguage } from '../i18n/t.ts'
import { ErrorBoundary } from '../shared-ui/error-boundary.tsx'
import { ReaderApp } from './reader-app.tsx'

// The page speaks the browser's language, right to left where that language is written so.
applyUiLanguage()

const root = document.getElementById('app')
if (root) {
  render(
    <ErrorBoundary>
      <ReaderApp />
    </ErrorBoundary>,
    root,
  )
}
