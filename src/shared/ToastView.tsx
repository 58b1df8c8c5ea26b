import { Alert, Button, Snackbar } from "@mui/material";
import type { Queued } from "./toast";

interface Props {
  toast: Queued;
  open: boolean;
  onClose: () => void;
  onExited: () => void;
}

export default function ToastView({ toast, open, onClose, onExited }: Props) {
  const severity = toast.severity ?? "info";
  const action = toast.action;
  return (
    <Snackbar
      open={open}
      onClose={(_, reason) => reason !== "clickaway" && onClose()}
      autoHideDuration={toast.duration === undefined ? (severity === "error" ? null : 6000) : toast.duration}
      slotProps={{ transition: { onExited } }}
      anchorOrigin={{ vertical: "bottom", horizontal: "left" }}
    >
      <Alert
        severity={severity}
        variant="filled"
        onClose={onClose}
        role={severity === "error" ? "alert" : "status"}
        action={
          action ? (
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                action.run();
                onClose();
              }}
            >
              {action.label}
            </Button>
          ) : undefined
        }
        sx={{ width: "100%", alignItems: "center" }}
      >
        {toast.message}
      </Alert>
    </Snackbar>
  );
}
