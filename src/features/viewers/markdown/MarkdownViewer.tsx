// Markdown: the rendered document, and for those who may write, an edit mode with the source
// (CodeMirror) beside a live preview. Saving is the text editor's (useEditableDocument).
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, ToggleButton, ToggleButtonGroup } from "@mui/material";
import { tryParseUri } from "../../../lib/uri";
import { ViewerFrame } from "../frame/ViewerFrame";
import { frameProps } from "../frame/frameProps";
import { DocumentBody } from "../frame/FrameStates";
import { SaveButton } from "../frame/SaveButton";
import type { ViewerProps } from "../types";
import { CodeEditor } from "../text/CodeEditor";
import { ReadOnlyNotice, saveKey } from "../text/parts";
import { useEditableDocument } from "../text/useEditableDocument";
import { MarkdownView } from "./MarkdownView";

export default function MarkdownViewer(p: ViewerProps) {
  const { t } = useTranslation("viewers");
  const { q, editor, dirty, saving, save, readOnly, readOnlyReason, tooLarge, onDirtyChange } = useEditableDocument(p);
  const [editing, setEditing] = useState(false);
  const [preview, setPreview] = useState<string | null>(null);
  const timer = useRef(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const folder = tryParseUri(p.file.path ?? "")?.parent() ?? null;
  const text = preview ?? q.data?.text ?? "";
  const editable = !readOnly && !tooLarge;

  const actions = editable ? (
    <>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={editing ? "edit" : "view"}
        onChange={(_, v: string | null) => v && setEditing(v === "edit")}
        aria-label={t("markdown.mode")}
      >
        <ToggleButton value="view">{t("markdown.view")}</ToggleButton>
        <ToggleButton value="edit">{t("markdown.edit")}</ToggleButton>
      </ToggleButtonGroup>
      {editing && <SaveButton dirty={dirty} saving={saving} save={save} />}
    </>
  ) : undefined;

  const rendered = (
    <Box sx={{ flex: 1, minHeight: 0, overflow: "auto", px: { xs: 2, sm: 4 }, py: 2 }} tabIndex={0} aria-label={t("markdown.preview")} role="region">
      <Box sx={{ maxWidth: 860, mx: "auto" }}>
        <MarkdownView text={text} folder={folder} />
      </Box>
    </Box>
  );

  return (
    <ViewerFrame
      {...frameProps(p, dirty ? t("editor.unsavedTitle", { name: p.file.name }) : p.file.name)}
      actions={actions}
      notice={<ReadOnlyNotice reason={tooLarge ? "tooLarge" : readOnlyReason === "large" ? "large" : undefined} />}
      onKeyDown={(e) => editing && saveKey(e, save)}
    >
      <DocumentBody q={q} tooLarge={tooLarge}>
        {() => (
          // The editor stays mounted while previewing, so switching back keeps the cursor and undo.
          <Box sx={{ flex: 1, minHeight: 0, display: "flex", flexDirection: { xs: "column", md: "row" } }}>
            <Box
              sx={{
                flex: 1,
                minHeight: 0,
                minWidth: 0,
                display: editing ? "block" : "none",
                borderRight: { md: 1 },
                borderBottom: { xs: 1, md: 0 },
                borderColor: "divider",
              }}
            >
              {editable && (
                <CodeEditor
                  ref={editor}
                  initial={q.data!.text}
                  fileName={p.file.name}
                  readOnly={false}
                  wrap
                  label={t("editor.label", { name: p.file.name })}
                  onDirtyChange={onDirtyChange}
                  onSave={() => void save()}
                  onTextChange={() => {
                    window.clearTimeout(timer.current);
                    timer.current = window.setTimeout(() => setPreview(editor.current?.getText() ?? null), 120);
                  }}
                />
              )}
            </Box>
            {rendered}
          </Box>
        )}
      </DocumentBody>
    </ViewerFrame>
  );
}
