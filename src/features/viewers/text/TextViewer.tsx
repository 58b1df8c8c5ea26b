// Text and code: CodeMirror with highlighting by extension, Ctrl/⌘+S saves (useEditableDocument).
// The bytes are always shown as text — an HTML or SVG file here is source, never a page.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box, Button, CircularProgress, IconButton, Tooltip } from "@mui/material";
import SaveIcon from "@mui/icons-material/SaveOutlined";
import WrapIcon from "@mui/icons-material/WrapTextOutlined";
import { describeError } from "../../../api/errors";
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
      {!readOnly && (
        <Button
          color="inherit"
          startIcon={<SaveIcon aria-hidden />}
          disabled={!dirty || saving}
          onClick={() => void save()}
          aria-keyshortcuts="Control+S Meta+S"
        >
          {saving ? t("editor.saving") : t("editor.save")}
        </Button>
      )}
    </>
  );
  return (
    <ViewerFrame
      title={dirty ? t("editor.unsavedTitle", { name: p.file.name }) : p.file.name}
      mode={p.mode}
      close={p.close}
      download={p.mode === "dialog" ? p.download : undefined}
      actions={p.mode === "dialog" || !readOnly ? actions : undefined}
      notice={<ReadOnlyNotice reason={tooLarge ? "tooLarge" : readOnlyReason} show={p.mode === "dialog" || tooLarge} />}
      onKeyDown={(e) => saveKey(e, save)}
    >
      {tooLarge ? null : q.isPending ? (
        <Box sx={{ flex: 1, display: "grid", placeItems: "center" }}>
          <CircularProgress aria-label={t("frame.loading")} />
        </Box>
      ) : q.error ? (
        <Alert
          severity="error"
          sx={{ m: 2 }}
          action={
            <Button color="inherit" size="small" onClick={() => void q.refetch()}>
              {t("frame.retry")}
            </Button>
          }
        >
          {t("editor.loadFailed", { reason: describeError(q.error, t) })}
        </Alert>
      ) : (
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
    </ViewerFrame>
  );
}
