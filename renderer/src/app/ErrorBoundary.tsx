import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorFallback } from './ErrorFallback';

/** Catches render errors below it; shows a calm, translated fallback instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // No user data in here: component stacks only name components.
    console.error('render failed', error.name, info.componentStack);
  }

  override render() {
    return this.state.failed ? <ErrorFallback onReload={() => window.location.reload()} /> : this.props.children;
  }
}
