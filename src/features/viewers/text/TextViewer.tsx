// Text and code: CodeMirror with highlighting by extension, Ctrl/⌘+S saves (useEditableDocument).
// The bytes are always shown as text — an HTML or SVG file here is source, never a page.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, IconButton, Tooltip } from "@mui/material";
import WrapIcon from "@mui/icons-material/WrapTextOutlined";
import { DocumentBody } from "../frame/FrameStates";
import { frameProps } from "../frame/frameProps";
import { SaveButton } from "../frame/SaveButton";
import { ViewerFrame } from "../frame/ViewerFrame";
import type { ViewerProps } from "../types";
import { CodeEditor } from "./CodeEditor";
import { useEditableDocument } from "./useEditableDocument";
import { ReadOnlyNotice, saveKey } from "./parts";

export default function TextViewer(p: ViewerProps) {
  const { t } = useTranslation("viewers");
  const { q, editor, dirty, saving, save, readOnly, readOnlyReason, tooLarge, onDirtyChange } = useEditableDocument(p);
  const [wrap, setWrap] = useState(false);
  const actions = (
    <>
      <Tooltip title={t("editor.wrap")}>
        <IconButton color="inherit" aria-label={t("editor.wrap")} aria-pressed={wrap} onClick={() => setWrap((w) => !w)}>
          <WrapIcon />
        </IconButton>
      </Tooltip>
      {!readOnly && <SaveButton dirty={dirty} saving={saving} save={save} />}
    </>
  );
  return (
    <ViewerFrame
      {...frameProps(p, dirty ? t("editor.unsavedTitle", { name: p.file.name }) : p.file.name)}
      actions={p.mode === "dialog" || !readOnly ? actions : undefined}
      notice={<ReadOnlyNotice reason={tooLarge ? "tooLarge" : readOnlyReason} show={p.mode === "dialog" || tooLarge} />}
      onKeyDown={(e) => saveKey(e, save)}
    >
      <DocumentBody q={q} tooLarge={tooLarge}>
        {() => (
          <Box sx={{ flex: 1, minHeight: 0 }}>
            <CodeEditor
              ref={editor}
              initial={q.data!.text}
              fileName={p.file.name}
              readOnly={readOnly}
              label={t("editor.label", { name: p.file.name })}
              onDirtyChange={onDirtyChange}
              onSave={() => void save()}
              wrap={wrap}
            />
          </Box>
        )}
      </DocumentBody>
    </ViewerFrame>
  );
}
