import { render } from 'preact'
import '../shared-ui/theme.css'
import '../shared-ui/story.css'
import './reader.css'
import './print.css'
import { ErrorBoundary } from '../shared-ui/error-boundary.tsx'
import { ReaderApp } from './reader-app.tsx'

const root = document.getElementById('app')
if (root) {
  render(
    <ErrorBoundary>
      <ReaderApp />
    </ErrorBoundary>,
    root,
  )
}
