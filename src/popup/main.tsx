import { render } from 'preact'
import '../shared-ui/theme.css'
import '../shared-ui/story.css'
import './popup.css'
import { applyUiLanguage } from '../i18n/t.ts'
import { ErrorBoundary } from '../shared-ui/error-boundary.tsx'
import { PopupApp } from './popup-app.tsx'

performance.mark('upstream:bundle-start')

// The popup speaks the browser's language, right to left where that language is written so.
applyUiLanguage()

function start(): void {
  const root = document.getElementById('app')
  if (!root) return
  render(
    <ErrorBoundary>
      <PopupApp />
    </ErrorBoundary>,
    root,
  )
  performance.mark('upstream:first-render')
}

// The boot script imports this bundle from the popup's <head>: the parser has almost always
// reached <div id="app"> by the time it runs, but nothing guarantees it.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
else start()
