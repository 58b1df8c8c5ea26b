// An office viewer spoken to over WOPI: the server opens a viewer session for the file (editing
// when this user may change it, viewing otherwise), and the session's access token is POSTed into
// a frame at the address the server names — the token travels in the form body, never in a URL.
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Alert, Box } from "@mui/material";
import { createViewerSession } from "../../../api/queries/viewers";
import { describeError } from "../../../api/errors";
import { ViewerFrame } from "../frame/ViewerFrame";
import { frameProps } from "../frame/frameProps";
import { FrameSpinner } from "../frame/FrameStates";
import { viewerName } from "../names";
import type { ViewerProps } from "../types";
import { frameSandbox } from "./template";

export default function WopiViewer(p: ViewerProps) {
  const { t } = useTranslation("viewers");
  const uri = p.file.path ?? "";
  const action = p.canEdit && !p.version ? "edit" : "view";
  const q = useQuery({
    queryKey: ["viewers", "wopi", p.viewer.id, uri, p.version ?? "", action],
    queryFn: () => createViewerSession({ uri, viewer_id: p.viewer.id, preferred_action: action, ...(p.version ? { version: p.version } : {}) }),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  const target = `wopi-${useId().replace(/[^a-zA-Z0-9-]/g, "")}`;
  const form = useRef<HTMLFormElement>(null);
  const src = q.data?.wopi_src;
  useEffect(() => {
    if (src) form.current?.submit();
  }, [src]);
  const app = viewerName(p.viewer, t);

  // The session could not be opened, or the server opened one without an address to send it to.
  const failure = q.error ? describeError(q.error, t) : q.data && !src ? t("apps.noSession") : null;

  let body;
  if (failure)
    body = (
      <Alert severity="error" sx={{ m: 2 }}>
        {t("apps.failed", { app, reason: failure })}
      </Alert>
    );
  else if (!src || !q.data) body = <FrameSpinner />;
  else
    body = (
      <>
        <form ref={form} method="post" action={src} target={target} hidden>
          <input type="hidden" name="access_token" value={q.data.session.access_token} />
          <input type="hidden" name="access_token_ttl" value={String(q.data.session.expires)} />
        </form>
        <Box
          component="iframe"
          name={target}
          title={t("apps.frameTitle", { app, name: p.file.name })}
          sandbox={frameSandbox(src, window.location.href)}
          allow="fullscreen; clipboard-read; clipboard-write"
          sx={{ flex: 1, width: "100%", border: 0, bgcolor: "background.paper" }}
        />
      </>
    );

  return <ViewerFrame {...frameProps(p)}>{body}</ViewerFrame>;
}
