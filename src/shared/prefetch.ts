/**
 * Downloads code a page is likely to need next once the browser has nothing better to do, so a
 * lazily loaded menu, drawer or step opens without waiting for the network. Failures are ignored:
 * the real use loads the chunk again (and reports its own error).
 */
export function prefetchWhenIdle(...loaders: Array<() => Promise<unknown>>) {
  const run = () => loaders.forEach((load) => void load().catch(() => undefined));
  if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
