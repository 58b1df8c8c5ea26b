// Promise-based dialogs (docs/architecture.md, "One action, end to end"): `const name = await dialogs.rename(file)` reads top to bottom.
// Every dialog is its own lazy chunk, loaded on first use, so none of them weighs on the first load.
import { lazy, Suspense, useSyncExternalStore, type ComponentType, type LazyExoticComponent } from "react";
import { Themed } from "../theme/Themed";

export interface DialogProps<P, R> {
  open: boolean;
  props: P;
  /** Resolves the caller's promise (undefined = cancelled) and closes the dialog. */
  close: (result?: R) => void;
}

interface Entry {
  id: number;
  Component: LazyExoticComponent<ComponentType<DialogProps<unknown, unknown>>>;
  props: unknown;
  open: boolean;
  resolve: (r: unknown) => void;
}

let entries: Entry[] = [];
let seq = 0;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Declares a dialog; calling the result opens it and resolves with its result. */
export function defineDialog<P, R>(loader: () => Promise<{ default: ComponentType<DialogProps<P, R>> }>): (props: P) => Promise<R | undefined> {
  let Component: LazyExoticComponent<ComponentType<DialogProps<P, R>>> | undefined;
  return (props: P) =>
    new Promise<R | undefined>((resolve) => {
      Component ??= lazy(loader);
      const entry: Entry = {
        id: ++seq,
        Component: Component as unknown as Entry["Component"],
        props,
        open: true,
        resolve: resolve as (r: unknown) => void,
      };
      entries = [...entries, entry];
      emit();
    });
}

function close(id: number, result: unknown) {
  const entry = entries.find((e) => e.id === id);
  if (!entry || !entry.open) return;
  entry.resolve(result);
  // Closed first (so MUI plays its exit transition), removed shortly after.
  entries = entries.map((e) => (e.id === id ? { ...e, open: false } : e));
  emit();
  setTimeout(() => {
    entries = entries.filter((e) => e.id !== id);
    emit();
  }, 300);
}

/** Closes every open dialog (navigation away), resolving them as cancelled. */
export function closeAllDialogs() {
  entries.filter((e) => e.open).forEach((e) => close(e.id, undefined));
}

/** Renders the open dialogs; mounted once, by the app's routes (app/router.tsx). */
export function DialogHost() {
  const list = useSyncExternalStore(subscribe, () => entries);
  if (list.length === 0) return null;
  return (
    <Themed>
      {list.map(({ id, Component, props, open }) => (
        <Suspense key={id} fallback={null}>
          <Component open={open} props={props} close={(r) => close(id, r)} />
        </Suspense>
      ))}
    </Themed>
  );
}
