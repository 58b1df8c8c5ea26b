import { useId, type FormEvent, type ReactNode } from "react";
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from "@mui/material";

interface Props {
  open: boolean;
  title: ReactNode;
  /** Shown above the error and the fields, e.g. what the dialog acts on. */
  intro?: ReactNode;
  busy: boolean;
  /** The last failure in words; empty when there is none. */
  error: string;
  submitLabel: string;
  cancelLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * A dialog that is one form: Enter submits, the submit button shows progress, and neither Escape
 * nor Cancel can drop a request that is under way. Validation is the caller's (`useFormSubmit`).
 */
export function FormDialog({ open, title, intro, busy, error, submitLabel, cancelLabel, onSubmit, onCancel, children }: Props) {
  const titleId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open={open} onClose={() => !busy && onCancel()} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id={titleId} sx={{ overflowWrap: "anywhere" }}>
          {title}
        </DialogTitle>
        <DialogContent>
          {/* The top padding keeps the first field's floating label inside the content. */}
          <Stack spacing={2} sx={{ pt: 1 }}>
            {intro}
            {error && <Alert severity="error">{error}</Alert>}
            {children}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel} disabled={busy}>
            {cancelLabel}
          </Button>
          <Button type="submit" variant="contained" loading={busy}>
            {submitLabel}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
