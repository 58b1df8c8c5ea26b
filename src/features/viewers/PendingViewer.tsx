import { useTranslation } from "react-i18next";
import { Alert, Box, Button, CircularProgress } from "@mui/material";
import { describeError } from "../../api/errors";
import { ViewerFrame } from "./frame/ViewerFrame";

/** The viewer's frame while its file or code loads, or the reason the file cannot be shown. */
export function PendingViewer({ title, error, close }: { title: string; error?: unknown; close: () => void }) {
  const { t } = useTranslation("viewers");
  return (
    <ViewerFrame title={title} mode="dialog" close={close}>
      <Box sx={{ flex: 1, display: "grid", placeItems: "center", p: 2 }}>
        {error ? (
          <Alert
            severity="error"
            action={
              <Button color="inherit" size="small" onClick={close}>
                {t("frame.close")}
              </Button>
            }
          >
            {t("host.notFound", { reason: describeError(error, t) })}
          </Alert>
        ) : (
          <CircularProgress aria-label={t("frame.loading")} />
        )}
      </Box>
    </ViewerFrame>
  );
}
