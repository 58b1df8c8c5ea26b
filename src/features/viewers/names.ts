import type { ViewerDef } from "./catalogue";

/**
 * A viewer's name for people. The official install defaults name viewers by the official frontend's
 * i18n keys (`fileManager.pdfViewer`); those are translated in our `viewers` namespace under
 * `catalogue.*`, anything else is the admin's own text.
 */
export function viewerName(v: Pick<ViewerDef, "displayName">, t: (key: string, opts?: Record<string, unknown>) => string): string {
  const key = /^[a-zA-Z]+\.[a-zA-Z0-9_]+$/.test(v.displayName) ? `viewers:catalogue.${v.displayName.replace(".", "_")}` : undefined;
  return key ? t(key, { defaultValue: v.displayName.split(".").pop() }) : v.displayName;
}
