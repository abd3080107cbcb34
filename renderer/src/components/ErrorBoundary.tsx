import { Component, type ErrorInfo, type ReactNode } from 'react';
import { messageOf } from '../lib/errors';
import { Button } from './Button';
import { EmptyState } from './EmptyState';

interface State {
  readonly error: unknown;
}

/**
 * The last line of defence: a render error anywhere below shows a calm page with the message and
 * a way to carry on, instead of a blank window. Engine failures never get here; they are toasts.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="error-page" role="alert">
        <EmptyState
          icon="alert"
          title="Crosscheck ran into a problem"
          actions={
            <>
              <Button onClick={() => this.setState({ error: null })}>Try again</Button>
              <Button variant="primary" onClick={() => window.location.reload()}>
                Reload window
              </Button>
            </>
          }
        >
          <p>Your library is safe; nothing was lost. The window stopped drawing because of this error:</p>
          <p>
            <code>{messageOf(this.state.error)}</code>
          </p>
        </EmptyState>
      </div>
    );
  }
}
