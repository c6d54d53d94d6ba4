/** Last line against a blank page: a render error shows the error state with a retry. */
import { Component, type ComponentChildren } from 'preact'
import { ErrorState } from './states.tsx'

interface Props {
  children: ComponentChildren
}

export class ErrorBoundary extends Component<Props, { error: string | null }> {
  override state = { error: null as string | null }

  override componentDidCatch(error: unknown): void {
    this.setState({ error: error instanceof Error ? error.message : String(error) })
  }

  override render() {
    if (this.state.error) {
      return <ErrorState message={this.state.error} onRetry={() => location.reload()} />
    }
    return this.props.children
  }
}
