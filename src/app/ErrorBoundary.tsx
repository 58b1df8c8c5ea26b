import { Component, type ReactNode } from "react";
import { RouteError } from "./RouteError";

interface Props {
  /** A new value (the next page) clears a shown error. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error?: unknown;
  key: string;
}

/** Catches render errors (and failed page chunks) below it and shows RouteError instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: undefined, key: props.resetKey };
  }

  override render() {
    return this.state.error === undefined ? this.props.children : <RouteError error={this.state.error} />;
  }
}
