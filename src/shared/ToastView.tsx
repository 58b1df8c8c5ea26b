import { useTranslation } from "react-i18next";
import { Alert, Button, IconButton, Snackbar } from "@mui/material";
import CloseIcon from "@mui/icons-material/Close";
import type { Queued } from "./toast";

interface Props {
  toast: Queued;
  open: boolean;
  onClose: () => void;
  onExited: () => void;
}

export default function ToastView({ toast, open, onClose, onExited }: Props) {
  const { t } = useTranslation("common");
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
        closeText={t("toast.close")}
        role={severity === "error" ? "alert" : "status"}
        // A message with an action (Undo) keeps its Close button beside it.
        action={
          action ? (
            <>
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
              <IconButton color="inherit" size="small" aria-label={t("toast.close")} title={t("toast.close")} onClick={onClose}>
                <CloseIcon fontSize="small" />
              </IconButton>
            </>
          ) : undefined
        }
        sx={{ width: "100%", alignItems: "center" }}
      >
        {toast.message}
      </Alert>
    </Snackbar>
  );
}
