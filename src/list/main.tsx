import { render } from 'preact'
import '../shared-ui/theme.css'
import './list.css'
import { applyUiLanguage, t } from '../i18n/t.ts'
import { ErrorBoundary } from '../shared-ui/error-boundary.tsx'
import { bootReadSettled } from './boot-channel.ts'
import { ListPage } from './list-page.tsx'

// When the page's script starts running (npm run bench:list reads it).
performance.mark('upstream:list-script')

function start(): void {
  const root = document.getElementById('app')
  if (!root) return
  // The page speaks the browser's language, right to left where that language is written so.
  applyUiLanguage()
  document.title = t('listPageTitle')
  render(
    <ErrorBoundary>
      <ListPage />
    </ErrorBoundary>,
    root,
  )
}

// The first render waits for the boot script's read (normally a few milliseconds from done when
// this runs), so that the page is rendered once, with its stories (use-reading-list.ts takes
// what the boot script found), and its first frame shows them: a render and a frame of the page
// without them, just before, only took the processor from the ones that show them. A slow read
// (a cold start reading a large database from disk) is not waited for long.
const FIRST_READ_WAIT_MS = 100

// The boot script imports this bundle from the page's <head>: the parser has almost always
// reached <div id="app"> by the time it runs, but nothing guarantees it.
void bootReadSettled(FIRST_READ_WAIT_MS).then(() => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})
