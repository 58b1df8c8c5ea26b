import { useState } from "react";
import { Box, IconButton, TextField, Tooltip } from "@mui/material";
import CopyIcon from "@mui/icons-material/ContentCopyOutlined";
import DoneIcon from "@mui/icons-material/CheckOutlined";

interface Props {
  label: string;
  /** Names the copy button, e.g. "Copy password". */
  copyLabel: string;
  value: string;
  /** Tells the surrounding dialog what was copied (or that copying failed), for its status line. */
  onCopied: (ok: boolean) => void;
  monospace?: boolean | undefined;
}

/** A read-only value with a copy button named after it ("Copy password"). */
export function CopyField({ label, copyLabel, value, onCopied, monospace }: Props) {
  const [done, setDone] = useState(false);
  const copy = async () => {
    const ok = await (navigator.clipboard?.writeText(value).then(
      () => true,
      () => false,
    ) ?? Promise.resolve(false));
    setDone(ok);
    onCopied(ok);
  };
  return (
    <Box sx={{ display: "flex", gap: 0.5, alignItems: "flex-start" }}>
      <TextField
        fullWidth
        size="small"
        label={label}
        value={value}
        // Wraps instead of scrolling, so a narrow screen still shows the whole password to type.
        multiline
        slotProps={{
          htmlInput: {
            readOnly: true,
            spellCheck: false,
            onFocus: (e: React.FocusEvent<HTMLTextAreaElement>) => e.target.select(),
            style: monospace ? { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" } : undefined,
          },
        }}
      />
      <Tooltip title={copyLabel}>
        <IconButton aria-label={copyLabel} onClick={() => void copy()} sx={{ mt: 0.25 }}>
          {done ? <DoneIcon color="success" /> : <CopyIcon />}
        </IconButton>
      </Tooltip>
    </Box>
  );
}
