// A custom viewer: the admin's URL template filled in for the file (template.ts). A web page opens
// in a frame here (or, when the admin asks for it, in a new tab); another scheme (`nplayer://…`)
// is handed to its app. The file is reached through a signed URL only: the page never gets the
// user's token.
import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Alert, Box, Button, Typography, useTheme } from "@mui/material";
import OpenIcon from "@mui/icons-material/OpenInNewOutlined";
import { fileUrl } from "../../../api/queries/viewers";
import { describeError } from "../../../api/errors";
import { sessionStore } from "../../../api/session";
import { ViewerFrame } from "../frame/ViewerFrame";
import { frameProps } from "../frame/frameProps";
import { FrameSpinner } from "../frame/FrameStates";
import { viewerName } from "../names";
import type { ViewerProps } from "../types";
import { fillTemplate, frameSandbox, openingOf } from "./template";

export default function CustomViewer(p: ViewerProps) {
  const { t } = useTranslation("viewers");
  const dark = useTheme().palette.mode === "dark";
  const uri = p.file.path ?? "";
  const version = p.version ?? p.file.primary_entity ?? "";
  const q = useQuery({
    queryKey: ["viewers", "custom", p.viewer.id, uri, version],
    queryFn: ({ signal }) => fileUrl(uri, { entity: p.version, contextHint: p.contextHint, primarySite: true }, signal),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  const app = viewerName(p.viewer, t);
  const user = sessionStore.current()?.user;
  const url = q.data?.url
    ? fillTemplate(p.viewer.url ?? "", {
        src: q.data.url,
        name: p.file.name,
        version,
        id: p.file.id,
        userId: user?.id ?? "",
        userDisplayName: user?.nickname ?? "",
        dark,
      })
    : undefined;
  const opening = url ? openingOf(url, p.viewer.props.openInNew === "true") : undefined;

  let body;
  if (q.error)
    body = (
      <Alert severity="error" sx={{ m: 2 }}>
        {t("apps.failed", { app, reason: describeError(q.error, t) })}
      </Alert>
    );
  else if (!url) body = <FrameSpinner />;
  else if (opening === "frame")
    body = (
      <Box
        component="iframe"
        title={t("apps.frameTitle", { app, name: p.file.name })}
        src={url}
        sandbox={frameSandbox(url, window.location.href)}
        referrerPolicy="no-referrer"
        allow="fullscreen; clipboard-write"
        sx={{ flex: 1, width: "100%", border: 0, bgcolor: "background.paper" }}
      />
    );
  else
    body = (
      <Box sx={{ m: "auto", p: 3, textAlign: "center", maxWidth: 440 }}>
        <Typography sx={{ mb: 2 }}>{t(opening === "app" ? "apps.external" : "apps.newTab", { app })}</Typography>
        <Button
          variant="contained"
          startIcon={<OpenIcon aria-hidden />}
          onClick={() => {
            // On the user's click, so no popup blocker stands in the way.
            if (opening === "app") window.location.assign(url);
            else window.open(url, "_blank", "noopener,noreferrer");
          }}
        >
          {t("apps.open", { app })}
        </Button>
      </Box>
    );

  return <ViewerFrame {...frameProps(p)}>{body}</ViewerFrame>;
}
