import type { AlertColor } from "@mui/material";
import { LazyAlert as Alert } from "../ui/lazyParts";

/**
 * A form-level message (server error, notice). role=alert makes screen readers announce it as soon
 * as it appears, without moving focus away from the field the user is on.
 */
export function FormAlert({ message, severity = "error" }: { message: string | undefined; severity?: AlertColor }) {
  if (!message) return null;
  return (
    <Alert severity={severity} role={severity === "error" ? "alert" : "status"} sx={{ mb: 2 }}>
      {message}
    </Alert>
  );
}
