// A viewer's code is loaded on first use, not through React.lazy (see shared/useLoaded.ts): the host
// renders its pending frame as ordinary content while the code and the viewers' texts load, then
// the viewer in its place.
import { createElement, type ComponentType, type ReactNode } from "react";
import i18n from "../../i18n";
import { useLoaded } from "../../shared/useLoaded";
import { FALLBACK, implOf, type ViewerImpl } from "./registry";
import type { ViewerDef } from "./catalogue";
import type { ViewerProps } from "./types";

const loaded = new Map<ViewerImpl, ComponentType<ViewerProps>>();
const loading = new Map<ViewerImpl, Promise<ComponentType<ViewerProps>>>();

export const implFor = (viewer: ViewerDef | undefined): ViewerImpl => (viewer?.id && implOf(viewer)) || FALLBACK;

/** Loads a viewer's code with the texts it shows; a failed load is tried again on the next call. */
export function loadViewer(impl: ViewerImpl): Promise<ComponentType<ViewerProps>> {
  let p = loading.get(impl);
  if (!p) {
    p = Promise.all([impl.load(), i18n.loadNamespaces("viewers")]).then(([m]) => {
      loaded.set(impl, m.default);
      return m.default;
    });
    p.catch(() => loading.delete(impl));
    loading.set(impl, p);
  }
  return p;
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
 * Renders the implementation of `props.viewer` (or the fallback), `pending` until its code has
 * loaded. A failed load is thrown to the nearest error boundary, as a failed lazy chunk would be.
 */
export function CatalogueViewer({ pending, ...props }: ViewerProps & { pending: ReactNode }) {
  const impl = implFor(props.viewer);
  const Viewer = useLoaded(
    () => loaded.get(impl),
    () => loadViewer(impl),
    impl,
  );
  return Viewer ? createElement(Viewer, props) : pending;
}
