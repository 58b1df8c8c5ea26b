import { Link as RouterLink, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Box, Button, CircularProgress } from "@mui/material";
import DoneIcon from "@mui/icons-material/CheckCircleOutlineOutlined";
import { isApiError } from "../../api/errors";
import { activate } from "./api";
import { authPath } from "./authPath";
import { FormAlert } from "../../shared/form/FormAlert";
import { Phase } from "./Phase";
import { useDescribeError } from "../../shared/form/useDescribeError";

/** What to suggest after a failed activation, by error code. */
const HINTS: Record<number, string> = {
  40034: "activate.hintAlreadyActive",
  40005: "activate.hintExpired",
  40071: "activate.hintInvalid",
  403: "activate.hintInvalid",
  40021: "activate.hintNoUser",
};

/** `/session/activate?id=&sign=`: the link from the activation e-mail. */
export function ActivatePage() {
  const { t } = useTranslation("auth");
  const describe = useDescribeError();
  const [params] = useSearchParams();
  const id = params.get("id") ?? "";
  const sign = params.get("sign") ?? "";
  const complete = Boolean(id && sign);
  // A query, not an effect: one request even when React mounts twice, and nothing to retry (retry: false).
  const result = useQuery({
    queryKey: ["auth", "activate", id, sign],
    queryFn: () => activate(id, sign),
    enabled: complete,
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });

  if (!complete || result.isError) {
    const code = isApiError(result.error) ? result.error.code : undefined;
    const specific = !complete ? "activate.hintIncomplete" : code !== undefined ? HINTS[code] : undefined;
    return (
      <Phase key="failed" title={t("activate.failedTitle")}>
        {/* A known cause gets its own explanation; anything else the server's reason and a general hint. */}
        <FormAlert message={specific ? t(specific) : describe(result.error)} />
        {!specific && <FormAlert message={t("activate.hintGeneric")} severity="info" />}
        <Button component={RouterLink} to="/session" fullWidth variant="contained" size="large">
          {t("action.goToSignIn")}
        </Button>
      </Phase>
    );
  }
  if (!result.data) {
    return (
      <Phase key="working" title={t("activate.title")}>
        <Box sx={{ display: "grid", placeItems: "center", py: 4 }}>
          <CircularProgress aria-label={t("activate.working")} />
        </Box>
      </Phase>
    );
  }
  const email = result.data.email;
  return (
    <Phase key="done" title={t("activate.doneTitle")} description={email ? t("activate.done", { email }) : t("activate.doneNoEmail")}>
      <Box sx={{ display: "flex", justifyContent: "center", mb: 2 }}>
        <DoneIcon color="success" sx={{ fontSize: 56 }} aria-hidden />
      </Box>
      <Button component={RouterLink} to={authPath("/session", { email })} fullWidth variant="contained" size="large">
        {t("action.signIn")}
      </Button>
    </Phase>
  );
}
