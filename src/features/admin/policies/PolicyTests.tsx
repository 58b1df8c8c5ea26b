import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Box, Button, Typography } from "@mui/material";
import type { AdminNode, AdminPolicy, AdminPolicyType } from "../../../api/queries/admin";
import { adminApi } from "../../../api/queries/adminMutations";
import { FormSection } from "../ui/FormSection";
import { CORS_TYPES } from "./fields";
import { explain } from "../ui/explain";

/**
 * What the server can check for a policy: a bucket's CORS rule (which browsers need for direct
 * uploads) and a slave node's connection. It has no general "test this policy" call.
 */
export function PolicyTests({ type, policy, nodeId, nodes }: { type: AdminPolicyType; policy: () => AdminPolicy; nodeId: number; nodes: AdminNode[] }) {
  const { t } = useTranslation("admin");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const run = async (fn: () => Promise<unknown>, ok: string) => {
    setBusy(true);
    setResult(undefined);
    try {
      await fn();
      setResult({ ok: true, text: ok });
    } catch (e) {
      setResult({ ok: false, text: explain(e, t) });
    } finally {
      setBusy(false);
    }
  };
  const origin = window.location.origin;
  if (CORS_TYPES.includes(type)) {
    return (
      <FormSection title={t("policies.cors.title")} description={t("policies.cors.about", { origin })}>
        <Box component="ul" sx={{ m: 0, pl: 3 }}>
          {(["origins", "methods", "headers", "expose"] as const).map((k) => (
            <Typography component="li" key={k} variant="body2">
              {t(`policies.cors.rule.${k}`, { origin })}
            </Typography>
          ))}
        </Box>
        <Box>
          <Button variant="outlined" loading={busy} onClick={() => void run(() => adminApi.policyCors(policy()), t("policies.cors.done"))}>
            {t("policies.cors.apply")}
          </Button>
        </Box>
        {result && (
          <Alert severity={result.ok ? "success" : "error"} role="status">
            {result.text}
          </Alert>
        )}
      </FormSection>
    );
  }
  if (type === "remote") {
    const node = nodes.find((n) => n.id === nodeId);
    return (
      <FormSection title={t("policies.nodeTest.title")} description={t("policies.nodeTest.about")}>
        <Box>
          <Button
            variant="outlined"
            disabled={!node}
            loading={busy}
            onClick={() => void run(() => adminApi.testNode({ id: node!.id, server: node!.server, slave_key: node!.slave_key }), t("policies.nodeTest.done"))}
          >
            {t("policies.nodeTest.run")}
          </Button>
        </Box>
        {result && (
          <Alert severity={result.ok ? "success" : "error"} role="status">
            {result.text}
          </Alert>
        )}
      </FormSection>
    );
  }
  return null;
}
