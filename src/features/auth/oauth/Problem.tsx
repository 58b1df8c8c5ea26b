import { Link as RouterLink } from "react-router";
import { useTranslation } from "react-i18next";
import { Alert, Button } from "@mui/material";
import { Step } from "./ui";

/** A request the page cannot act on, said plainly, with a way on to the user's own files. */
export function Problem({ title, message, severity = "error" }: { title: string; message: string; severity?: "error" | "info" }) {
  const { t } = useTranslation("oauth");
  return (
    <Step title={title}>
      <Alert severity={severity} role={severity === "error" ? "alert" : "status"} sx={{ mb: 2 }}>
        {message}
      </Alert>
      <Button component={RouterLink} to="/home" variant="outlined" fullWidth>
        {t("oauth:problem.toFiles")}
      </Button>
    </Step>
  );
}
