// The Excalidraw canvas with the editor handle the save flow speaks to (useEditableDocument): what
// to save, whether it changed since the last save, and a fresh start from reloaded text. Lives in the
// viewer's lazy chunk with Excalidraw itself.
import "./assetPath";
import { useEffect, useImperativeHandle, useMemo, useRef, type Ref, type RefObject } from "react";
import { Excalidraw, languages, serializeAsJSON } from "@excalidraw/excalidraw";
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import "@excalidraw/excalidraw/index.css";
import type { CodeEditorHandle } from "../text/CodeEditor";
import { excalidrawLanguage } from "./language";
import { sceneSignature, type SceneData } from "./scene";

/**
 * Excalidraw's menu button shows only an icon and has no name for assistive technology; it is
 * named here, again whenever Excalidraw renders a new one (view mode, zen mode, phone layout).
 */
function useMenuButtonLabel(box: RefObject<HTMLDivElement | null>, label: string) {
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const name = () => el.querySelectorAll("button.dropdown-menu-button:not([aria-label])").forEach((b) => b.setAttribute("aria-label", label));
    name();
    const watch = new MutationObserver(name);
    watch.observe(el, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [box, label]);
}

export interface BoardProps {
  scene: SceneData;
  /** The file's name without its extension: Excalidraw names its image exports after it. */
  name: string;
  readOnly: boolean;
  dark: boolean;
  language: string;
  /** The name of Excalidraw's menu button. */
  menuLabel: string;
  onDirtyChange: (dirty: boolean) => void;
  ref?: Ref<CodeEditorHandle>;
}

const LANGUAGE_CODES = languages.map((l) => l.code);

// Opening a file from the device or saving to one would go around the drive's save flow (and its
// check for changes made elsewhere); the theme follows the app's. Image export stays.
const UI_OPTIONS = { canvasActions: { loadScene: false, saveToActiveFile: false, toggleTheme: false, export: false as const } };

export function Board({ scene, name, readOnly, dark, language, menuLabel, onDirtyChange, ref }: BoardProps) {
  const api = useRef<ExcalidrawImperativeAPI | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useMenuButtonLabel(box, menuLabel);
  // The signature of the drawing as last loaded or saved; unset until Excalidraw reports the loaded
  // scene (it restores old files on load, which may raise versions before anyone draws).
  const saved = useRef<string | undefined>(undefined);
  const dirty = useRef(false);
  const setDirty = (d: boolean) => {
    if (dirty.current === d) return;
    dirty.current = d;
    onDirtyChange(d);
  };
  const current = () => {
    const a = api.current!;
    return sceneSignature(a.getSceneElementsIncludingDeleted(), Object.keys(a.getFiles()).length, a.getAppState().viewBackgroundColor);
  };

  useImperativeHandle(ref, () => ({
    getText: () => {
      const a = api.current!;
      return serializeAsJSON(a.getSceneElements(), a.getAppState(), a.getFiles(), "local");
    },
    // The viewer draws a reloaded file on a new Board (keyed by the load), so the text is not needed here.
    reset: () => {
      saved.current = undefined;
      dirty.current = false;
      onDirtyChange(false);
    },
    markClean: () => {
      if (api.current) saved.current = current();
      setDirty(false);
    },
    focus: () => box.current?.querySelector<HTMLElement>(".excalidraw")?.focus(),
  }));

  const initialData = useMemo(
    () => ({ elements: scene.elements as never, appState: scene.appState as never, files: scene.files as never, scrollToContent: true }),
    [scene],
  );

  return (
    <div ref={box} style={{ position: "absolute", inset: 0 }}>
      <Excalidraw
        excalidrawAPI={(a) => (api.current = a)}
        initialData={initialData}
        name={name}
        viewModeEnabled={readOnly}
        theme={dark ? "dark" : "light"}
        langCode={excalidrawLanguage(language, LANGUAGE_CODES)}
        UIOptions={UI_OPTIONS}
        autoFocus
        onChange={() => {
          if (!api.current || readOnly) return;
          const sig = current();
          if (saved.current === undefined) saved.current = sig;
          else setDirty(sig !== saved.current);
        }}
      />
    </div>
  );
}
