// Catches errors thrown while rendering (a bug, not a workbook problem) so one broken screen
// shows a message with a way out instead of a blank task pane.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  /** Names the part that failed, e.g. "The Pair screen". */
  area: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The user sees the MessageBar; the component stack is for whoever fixes the bug.
    console.error(`${this.props.area} failed to render:`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" politeness="assertive">
        <MessageBarBody>
          <MessageBarTitle>{this.props.area} stopped working</MessageBarTitle>
          <div>{error.message}</div>
          <div>
            <strong>What to do:</strong> try again; if it fails the same way, reload the task pane. Your workbook is not
            affected by this error.
          </div>
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ error: null })}>Try again</Button>
          <Button onClick={() => window.location.reload()}>Reload</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
