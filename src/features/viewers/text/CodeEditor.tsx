// CodeMirror 6 in React: the document lives in the editor (a 1 MB file is never copied into React
// state on each key), the parent reads it on save through the handle. Highlighting loads per
// language (languages.ts); colours come from the app's theme, light or dark, with readable contrast.
import { useEffect, useImperativeHandle, useRef, type Ref } from "react";
import { useTheme, type Theme } from "@mui/material";
import { Compartment, EditorState, type Extension, type Text } from "@codemirror/state";
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from "@codemirror/language";
import { highlightSelectionMatches, search, searchKeymap } from "@codemirror/search";
import { tags } from "@lezer/highlight";
import { languageFor } from "./languages";

export interface CodeEditorHandle {
  getText(): string;
  /** Replaces the whole document and counts it as saved. */
  reset(text: string): void;
  /** The current document counts as saved. */
  markClean(): void;
  focus(): void;
}

export interface CodeEditorProps {
  initial: string;
  fileName: string;
  readOnly: boolean;
  /** Accessible name of the text area. */
  label: string;
  onDirtyChange?: (dirty: boolean) => void;
  /** Called (at most once a frame) after the text changed; read it with the handle. */
  onTextChange?: () => void;
  onSave?: () => void;
  wrap?: boolean;
  ref?: Ref<CodeEditorHandle>;
}

// Token colours chosen for at least 4.5:1 on the editor's background in each mode.
const LIGHT = HighlightStyle.define([
  { tag: [tags.keyword, tags.operatorKeyword, tags.modifier], color: "#7b1fa2" },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], color: "#a31515" },
  { tag: [tags.comment, tags.meta], color: "#5c6b5c", fontStyle: "italic" },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: "#0b6b4f" },
  { tag: [tags.typeName, tags.className, tags.namespace], color: "#1f5f8b" },
  { tag: [tags.definition(tags.variableName), tags.function(tags.variableName), tags.function(tags.propertyName)], color: "#6f4a00" },
  { tag: [tags.propertyName, tags.attributeName], color: "#a1365c" },
  { tag: [tags.tagName], color: "#1c57a5" },
  { tag: tags.heading, fontWeight: "bold", color: "#1c57a5" },
  { tag: tags.link, textDecoration: "underline", color: "#1c57a5" },
  { tag: tags.emphasis, fontStyle: "italic" },
  { tag: tags.strong, fontWeight: "bold" },
  { tag: tags.invalid, color: "#b00020" },
]);
const DARK = HighlightStyle.define([
  { tag: [tags.keyword, tags.operatorKeyword, tags.modifier], color: "#d7a6ff" },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], color: "#f1a77e" },
  { tag: [tags.comment, tags.meta], color: "#9db19d", fontStyle: "italic" },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: "#8fe0b8" },
  { tag: [tags.typeName, tags.className, tags.namespace], color: "#7fc8f8" },
  { tag: [tags.definition(tags.variableName), tags.function(tags.variableName), tags.function(tags.propertyName)], color: "#f3d38a" },
  { tag: [tags.propertyName, tags.attributeName], color: "#f59ec0" },
  { tag: [tags.tagName], color: "#8cb8ff" },
  { tag: tags.heading, fontWeight: "bold", color: "#8cb8ff" },
  { tag: tags.link, textDecoration: "underline", color: "#8cb8ff" },
  { tag: tags.emphasis, fontStyle: "italic" },
  { tag: tags.strong, fontWeight: "bold" },
  { tag: tags.invalid, color: "#ff8a80" },
]);

function themeOf(t: Theme): Extension {
  const dark = t.palette.mode === "dark";
  return [
    EditorView.theme(
      {
        "&": { height: "100%", color: t.palette.text.primary, backgroundColor: t.palette.background.paper, fontSize: "14px" },
        ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", lineHeight: 1.55 },
        ".cm-content": { caretColor: t.palette.text.primary },
        "&.cm-focused": { outline: `2px solid ${t.palette.primary.main}`, outlineOffset: "-2px" },
        ".cm-gutters": { backgroundColor: t.palette.background.default, color: t.palette.text.secondary, borderRight: `1px solid ${t.palette.divider}` },
        ".cm-activeLine": { backgroundColor: t.palette.action.hover },
        ".cm-activeLineGutter": { backgroundColor: t.palette.action.selected, color: t.palette.text.primary },
        "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection": { backgroundColor: dark ? "#2f4a6b" : "#c5dcf5" },
        ".cm-panels": { backgroundColor: t.palette.background.default, color: t.palette.text.primary },
        ".cm-searchMatch": { backgroundColor: dark ? "#5a4a00" : "#fff1a8" },
        ".cm-textfield, .cm-button": { color: t.palette.text.primary, backgroundColor: t.palette.background.paper, backgroundImage: "none" },
      },
      { dark },
    ),
    syntaxHighlighting(dark ? DARK : LIGHT),
  ];
}

// Read-only text stays focusable, so keyboard and screen-reader users can move through it and search.
const readOnlyExt = (readOnly: boolean): Extension => [
  EditorState.readOnly.of(readOnly),
  EditorView.contentAttributes.of({ "aria-readonly": String(readOnly) }),
];

export function CodeEditor({ initial, fileName, readOnly, label, onDirtyChange, onTextChange, onSave, wrap, ref }: CodeEditorProps) {
  const theme = useTheme();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const clean = useRef<Text | null>(null);
  const dirty = useRef(false);
  const compartments = useRef({ theme: new Compartment(), readOnly: new Compartment(), language: new Compartment(), wrap: new Compartment() });
  // Callbacks change every render; the editor reads the latest through a ref.
  const cb = useRef({ onDirtyChange, onTextChange, onSave });
  useEffect(() => {
    cb.current = { onDirtyChange, onTextChange, onSave };
  });

  useImperativeHandle(
    ref,
    () => ({
      getText: () => view.current?.state.doc.toString() ?? "",
      reset: (text: string) => {
        const v = view.current;
        if (!v) return;
        v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text } });
        clean.current = v.state.doc;
        dirty.current = false;
        cb.current.onDirtyChange?.(false);
      },
      markClean: () => {
        if (!view.current) return;
        clean.current = view.current.state.doc;
        dirty.current = false;
        cb.current.onDirtyChange?.(false);
      },
      focus: () => view.current?.focus(),
    }),
    [],
  );

  useEffect(() => {
    const c = compartments.current;
    let frame = 0;
    const state = EditorState.create({
      doc: initial,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        search({ top: true }),
        keymap.of([
          { key: "Mod-s", preventDefault: true, run: () => (cb.current.onSave?.(), true) },
          ...defaultKeymap,
          ...historyKeymap,
          ...searchKeymap,
          indentWithTab,
        ]),
        c.theme.of(themeOf(theme)),
        c.readOnly.of(readOnlyExt(readOnly)),
        c.language.of([]),
        c.wrap.of(wrap ? EditorView.lineWrapping : []),
        EditorView.contentAttributes.of({ "aria-label": label, "aria-multiline": "true", role: "textbox" }),
        EditorView.updateListener.of((u) => {
          if (!u.docChanged) return;
          const doc = u.state.doc;
          const isDirty = !clean.current || doc.length !== clean.current.length || !doc.eq(clean.current);
          if (isDirty !== dirty.current) {
            dirty.current = isDirty;
            cb.current.onDirtyChange?.(isDirty);
          }
          if (cb.current.onTextChange && !frame) {
            frame = requestAnimationFrame(() => {
              frame = 0;
              cb.current.onTextChange?.();
            });
          }
        }),
      ],
    });
    const v = new EditorView({ state, parent: host.current! });
    view.current = v;
    clean.current = state.doc;
    return () => {
      cancelAnimationFrame(frame);
      v.destroy();
      view.current = null;
    };
    // The editor is made once per file; later prop changes go through the compartments below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    view.current?.dispatch({ effects: compartments.current.theme.reconfigure(themeOf(theme)) });
  }, [theme]);
  useEffect(() => {
    view.current?.dispatch({ effects: compartments.current.readOnly.reconfigure(readOnlyExt(readOnly)) });
  }, [readOnly]);
  useEffect(() => {
    view.current?.dispatch({ effects: compartments.current.wrap.reconfigure(wrap ? EditorView.lineWrapping : []) });
  }, [wrap]);
  useEffect(() => {
    const load = languageFor(fileName);
    if (!load) return;
    let live = true;
    void load()
      .then((ext) => {
        if (live) view.current?.dispatch({ effects: compartments.current.language.reconfigure(ext) });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [fileName]);

  return <div ref={host} data-code-editor style={{ height: "100%", minHeight: 0, overflow: "hidden" }} />;
}
