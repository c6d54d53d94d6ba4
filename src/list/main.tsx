import { render } from 'preact'
import '../shared-ui/theme.css'
import './list.css'
import { applyUiLanguage, t } from '../i18n/t.ts'
import { ErrorBoundary } from '../shared-ui/error-boundary.tsx'
import { ListPage } from './list-page.tsx'

// When the page's script starts running (npm run bench:list reads it).
performance.mark('upstream:list-script')

// The page speaks the browser's language, right to left where that language is written so.
applyUiLanguage()
document.title = t('listPageTitle')

const root = document.getElementById('app')
if (root) {
  render(
    <ErrorBoundary>
      <ListPage />
    </ErrorBoundary>,
    root,
  )
}
