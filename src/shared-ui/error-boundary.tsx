/** Last line against a blank page: a render error shows the error state with a retry. */
import { Component, type ComponentChildren } from 'preact'
import { classifyError, errorDetail } from '../messaging/problems.ts'
import { ErrorState } from './states.tsx'

interface Props {
  children: ComponentChildren
}

export class ErrorBoundary extends Component<Props, { error: string | null }> {
  override state = { error: null as string | null }

  override componentDidCatch(error: unknown): void {
    this.setState({ error: errorDetail(error) })
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorState
          problem={classifyError(this.state.error)}
          detail={this.state.error}
          onRetry={() => location.reload()}
        />
      )
    }
    return this.props.children
  }
}
