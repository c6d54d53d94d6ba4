import { render } from 'preact'
import '../shared-ui/theme.css'
import '../shared-ui/story.css'
import './popup.css'
import { ErrorBoundary } from '../shared-ui/error-boundary.tsx'
import { PopupApp } from './popup-app.tsx'

performance.mark('upstream:bundle-start')
const root = document.getElementById('app')
if (root) {
  render(
    <ErrorBoundary>
      <PopupApp />
    </ErrorBoundary>,
    root,
  )
}
performance.mark('upstream:first-render')
