import { lazy, Suspense, useState, type ComponentType } from "react";

/**
 * A component whose code is downloaded the first time it renders (or when `load` is called, e.g.
 * once the page is idle): for parts a page shows only in some states, so that the page's first
 * load does not carry them. Until the code arrives it renders nothing; an instance mounted after it
 * arrived renders straight away, without a round through Suspense.
 */
export function lazyComponent<P extends object>(importer: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const load = () =>
    (pending ??= importer().then(
      (m) => {
        loaded = m.default;
        return m;
      },
      (e: unknown) => {
        pending = undefined; // a later render or prefetch may try again
        throw e;
      },
    ));
  const Lazy = lazy(load);
  function LazyComponent(props: P) {
    // Chosen once per instance: switching paths later would remount what it renders.
    const [Loaded] = useState(() => loaded);
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Object.assign(LazyComponent, { load });
}
