// Whole-page drop target and paste handler for the folder the explorer shows. Mounted once by the
// app shell; folder rows that use useUploadDropTarget take precedence (their drops stop here).
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, Paper, Typography } from "@mui/material";
import UploadIcon from "@mui/icons-material/CloudUploadOutlined";
import { tryParseUri } from "../../lib/uri";
import { dragHasFiles, entriesFromDataTransfer } from "./entries";
import { enqueueUpload } from "./loader";
import { useUploadTarget } from "./useUploadTarget";

function isEditable(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
}

export function UploadPageTarget() {
  const target = useUploadTarget();
  const [over, setOver] = useState(false);

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!dragHasFiles(e.dataTransfer)) return;
      e.preventDefault();
      depth++;
      if (target) setOver(true);
    };
    const overHandler = (e: DragEvent) => {
      if (!dragHasFiles(e.dataTransfer)) return;
      // Without preventDefault the browser would open the dropped file and leave the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = target ? "copy" : "none";
    };
    const leave = (e: DragEvent) => {
      if (!dragHasFiles(e.dataTransfer)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!dragHasFiles(e.dataTransfer)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      if (target) void entriesFromDataTransfer(e.dataTransfer).then((entries) => enqueueUpload(target, entries));
    };
    const paste = (e: ClipboardEvent) => {
      if (!target || isEditable(document.activeElement) || !e.clipboardData?.files.length) return;
      e.preventDefault();
      void entriesFromDataTransfer(e.clipboardData).then((entries) => enqueueUpload(target, entries));
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", overHandler);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    document.addEventListener("paste", paste);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", overHandler);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
      document.removeEventListener("paste", paste);
    };
  }, [target]);

  if (!over || !target) return null;
  return <DropOverlay folder={target} />;
}

function DropOverlay({ folder }: { folder: string }) {
  const { t } = useTranslation("transfers");
  const uri = tryParseUri(folder);
  const name = uri && !uri.isRoot ? uri.name : t("rootFolder");
  return (
    <Box
      aria-hidden
      sx={{
        position: "fixed",
        inset: 0,
        zIndex: (th) => th.zIndex.modal + 1,
        pointerEvents: "none",
        display: "grid",
        placeItems: "center",
        bgcolor: (th) => (th.palette.mode === "dark" ? "rgba(0,0,0,0.5)" : "rgba(255,255,255,0.6)"),
        outline: (th) => `3px dashed ${th.palette.primary.main}`,
        outlineOffset: -12,
      }}
    >
      <Paper elevation={8} sx={{ p: 3, display: "flex", gap: 2, alignItems: "center", maxWidth: "90vw" }}>
        <UploadIcon color="primary" fontSize="large" />
        <Typography variant="h6" component="p" sx={{ overflowWrap: "anywhere" }}>
          {t("dropHere", { folder: name })}
        </Typography>
      </Paper>
    </Box>
  );
}
