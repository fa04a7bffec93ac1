import { Component, Suspense, type ReactNode } from 'react'

interface Props {
  /** Names the panel in the loading and error messages. */
  name: string
  children: ReactNode
}

/**
 * Where a lazy panel loads: a short "Loading" while its chunk arrives, and, if it throws, a message
 * naming the panel and the error instead of a blank page; the rest of the app keeps working.
 */
export class PanelBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  override render() {
    const { error } = this.state
    if (error) {
      return (
        <div className="panel-message" role="alert">
          <p>The {this.props.name} panel stopped: {error.message}</p>
          <button type="button" onClick={() => this.setState({ error: null })}>Try again</button>
        </div>
      )
    }
    return <Suspense fallback={<p className="panel-message">Loading {this.props.name}…</p>}>{this.props.children}</Suspense>
  }
}
