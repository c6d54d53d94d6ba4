import { render } from 'preact'
import '../shared-ui/theme.css'
import './list.css'
import { ErrorBoundary } from '../shared-ui/error-boundary.tsx'
import { ListPage } from './list-page.tsx'

const root = document.getElementById('app')
if (root) {
  render(
    <ErrorBoundary>
      <ListPage />
    </ErrorBoundary>,
    root,
  )
}
