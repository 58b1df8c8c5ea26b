import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, InputBase, Tooltip } from "@mui/material";
import { validateName } from "../../../lib/uri";
import { useItemUi, useSelectionState } from "../ExplorerContext";
import { fileKey, type FileResponse } from "../model/files";

/**
 * A file name as text. `<bdi>` isolates it, so a name with a right-to-left override cannot
 * reorder the text around it (or fake its extension next to other columns).
 */
export function ItemName({ file, lines = 1 }: { file: FileResponse; lines?: number }) {
  const { renaming } = useItemUi();
  if (renaming === fileKey(file)) return <InlineRename file={file} />;
  return (
    <Box
      component="bdi"
      sx={{
        display: "-webkit-box",
        WebkitLineClamp: lines,
        WebkitBoxOrient: "vertical",
        overflow: "hidden",
        wordBreak: "break-all",
        unicodeBidi: "isolate",
        minWidth: 0,
      }}
      title={file.name}
      // A slow second click here renames (views/useViewEvents.ts).
      data-item-name=""
    >
      {file.name}
    </Box>
  );
}

/** F2: the name becomes a field. Enter saves, Escape cancels, leaving the field saves. */
function InlineRename({ file }: { file: FileResponse }) {
  const { t } = useTranslation("explorer");
  const { commitRename } = useItemUi();
  const { focus } = useSelectionState();
  const [value, setValue] = useState(file.name);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus();
    // Select the name without its extension, as desktop file managers do.
    const dot = file.type === 0 ? file.name.lastIndexOf(".") : -1;
    input.setSelectionRange(0, dot > 0 ? dot : file.name.length);
  }, [file]);
  const submit = async (name: string | null) => {
    if (done.current) return;
    if (name !== null) {
      const invalid = validateName(name);
      if (invalid) {
        setError(t(`names.${invalid}`));
        return;
      }
    }
    done.current = true;
    const err = await commitRename(file, name);
    if (err) {
      done.current = false;
      setError(err);
      ref.current?.focus();
    } else focus.setActive(focus.activeIndex, { focus: true });
  };
  return (
    <Tooltip open={Boolean(error)} title={error ?? ""} placement="bottom-start" arrow>
      <InputBase
        inputRef={ref}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === "Enter") void submit(value);
          if (e.key === "Escape") void submit(null);
        }}
        onBlur={() => void submit(value === file.name ? null : value)}
        onClick={(e) => e.stopPropagation()}
        onDoubleClick={(e) => e.stopPropagation()}
        inputProps={{ "aria-label": t("rename.inlineLabel", { name: file.name }), "aria-invalid": Boolean(error), spellCheck: false }}
        sx={{
          flex: 1,
          minWidth: 0,
          fontSize: "inherit",
          px: 0.5,
          border: 1,
          borderColor: error ? "error.main" : "primary.main",
          borderRadius: 1,
          bgcolor: "background.paper",
        }}
      />
    </Tooltip>
  );
}
