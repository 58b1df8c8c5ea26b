import { Component, lazy, Suspense, type ReactNode } from "react";
import { Themed } from "../shared/theme/Themed";

// Drawn with MUI, so it loads only when a page fails.
const RouteError = lazy(() => import("./RouteError").then((m) => ({ default: m.RouteError })));

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
    return this.state.error === undefined ? (
      this.props.children
    ) : (
      <Themed>
        <Suspense fallback={null}>
          <RouteError error={this.state.error} />
        </Suspense>
      </Themed>
    );
  }
}
