import { useState, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box, Button } from "@mui/material";
import { adminApi } from "../../../../api/queries/adminMutations";
import type { FieldSpec } from "../types";
import { explain } from "../../ui/explain";

/**
 * A generator's executable path with a "check" button: the server runs the program it names and
 * answers with its version line, or with why it could not run it.
 */
export function GeneratorCheck({ name, executable, field }: { name: NonNullable<FieldSpec["generator"]>; executable: string; field: ReactElement }) {
  const { t } = useTranslation("admin");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const check = async () => {
    setBusy(true);
    setResult(undefined);
    try {
      const version = await adminApi.testThumb(name, executable.trim());
      setResult({ ok: true, text: t("settings.generator.ok", { version }) });
    } catch (e) {
      setResult({ ok: false, text: explain(e, t) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box sx={{ display: "grid", gap: 1 }}>
      <Box sx={{ display: "flex", gap: 1, alignItems: "flex-start" }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>{field}</Box>
        <Button variant="outlined" onClick={() => void check()} loading={busy} disabled={!executable.trim()} sx={{ mt: 1 }}>
          {t("settings.generator.check")}
        </Button>
      </Box>
      {result && (
        <Alert severity={result.ok ? "success" : "error"} role="status" sx={{ overflowWrap: "anywhere" }}>
          {result.text}
        </Alert>
      )}
    </Box>
  );
}
