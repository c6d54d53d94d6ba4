import { render } from 'preact'
import '../shared-ui/theme.css'
import './list.css'
import { ErrorBoundary } from '../shared-ui/error-boundary.tsx'
import { ListPage } from './list-page.tsx'

// When the page's script starts running (npm run bench:list reads it).
performance.mark('upstream:list-script')

const root = document.getElementById('app')
if (root) {
  render(
    <ErrorBoundary>
      <ListPage />
    </ErrorBoundary>,
    root,
  )
}
