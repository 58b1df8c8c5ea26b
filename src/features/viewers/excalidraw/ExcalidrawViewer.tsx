// Excalidraw drawings (.excalidraw): the drawing is the file's JSON text, edited on Excalidraw's
// canvas and saved back through the text editors' flow (useEditableDocument): the version read is
// sent as `previous`, so a change made elsewhere is never overwritten unasked. Read-only where the
// caller cannot write (shares, versions, no capability). Excalidraw and its fonts load with this
// chunk only, from our own origin (assetPath.ts).
import { useMemo, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box, useTheme } from "@mui/material";
import { ViewerFrame } from "../frame/ViewerFrame";
import { frameProps } from "../frame/frameProps";
import { DocumentBody } from "../frame/FrameStates";
import { SaveButton } from "../frame/SaveButton";
import type { ViewerProps } from "../types";
import { useEditableDocument } from "../text/useEditableDocument";
import { ReadOnlyNotice, saveKey } from "../text/parts";
import { Board } from "./Board";
import { parseScene } from "./scene";

export default function ExcalidrawViewer(p: ViewerProps) {
  const { t, i18n } = useTranslation(["documents", "viewers"]);
  const dark = useTheme().palette.mode === "dark";
  const { q, editor, dirty, saving, save, readOnly, readOnlyReason, tooLarge, onDirtyChange } = useEditableDocument(p);
  const parsed = useMemo(() => (q.data ? parseScene(q.data.text) : undefined), [q.data]);
  const stem = p.file.name.replace(/\.[^.]+$/, "");

  // Captured before Excalidraw sees the key: it would otherwise offer to save to the device.
  const onKeyDownCapture = (e: KeyboardEvent) => {
    if (readOnly) return;
    saveKey(e, save);
    if (e.defaultPrevented) e.stopPropagation();
  };

  const actions = !readOnly && <SaveButton dirty={dirty} saving={saving} save={save} />;

  return (
    <ViewerFrame
      {...frameProps(p, dirty ? t("viewers:editor.unsavedTitle", { name: p.file.name }) : p.file.name)}
      actions={actions || undefined}
      notice={<ReadOnlyNotice reason={tooLarge ? "tooLarge" : readOnlyReason} show={p.mode === "dialog" || tooLarge} />}
    >
      <DocumentBody q={q} tooLarge={tooLarge}>
        {() =>
          !parsed?.ok ? (
            <Alert severity="error" sx={{ m: 2 }}>
              {t("documents:excalidraw.invalid")}
            </Alert>
          ) : (
            <Box
              component="section"
              aria-label={t("documents:excalidraw.label", { name: p.file.name })}
              onKeyDownCapture={onKeyDownCapture}
              sx={{ flex: 1, minHeight: 0, position: "relative" }}
            >
              <Board
                // A reloaded file starts on a fresh canvas (and a fresh undo history).
                key={q.dataUpdatedAt}
                ref={editor}
                scene={parsed.scene}
                name={stem}
                readOnly={readOnly}
                dark={dark}
                language={i18n.language}
                menuLabel={t("documents:excalidraw.menu")}
                onDirtyChange={onDirtyChange}
              />
            </Box>
          )
        }
      </DocumentBody>
    </ViewerFrame>
  );
}
