import { createElement, lazy, type ComponentType, type LazyExoticComponent } from "react";
import { FALLBACK, implOf, type ViewerImpl } from "./registry";
import type { ViewerDef } from "./catalogue";
import type { ViewerProps } from "./types";

// One lazy component per implementation, so React keeps its identity between renders.
const cache = new Map<ViewerImpl, LazyExoticComponent<ComponentType<ViewerProps>>>();

export function componentOf(viewer: ViewerDef | undefined): LazyExoticComponent<ComponentType<ViewerProps>> {
  const impl = (viewer && implOf(viewer)) ?? FALLBACK;
  let c = cache.get(impl);
  if (!c) {
    c = lazy(impl.load);
    cache.set(impl, c);
  }
  return c;
}

/** A catalogue entry for a file no viewer claims (the fallback shows it). */
export const NO_VIEWER: ViewerDef = {
  id: "",
  type: "builtin",
  displayName: "",
  exts: [],
  props: {},
  maxSize: 0,
  platform: "all",
  requiredGroupPermission: [],
  templates: [],
};

/**
 * Renders the implementation of `props.viewer` (or the fallback), loading it on first use; wrap it
 * in Suspense. The lazy components are module-level and cached, so React keeps each one's state.
 */
export function CatalogueViewer(props: ViewerProps) {
  return createElement(componentOf(props.viewer.id ? props.viewer : undefined), props);
}
