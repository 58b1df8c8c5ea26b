import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link as RouterLink, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { Alert, Box, Button, Paper, Stack, TextField, Typography } from "@mui/material";
import FolderIcon from "@mui/icons-material/FolderOpenOutlined";
import { usePageTitle } from "../../../shared/usePageTitle";
import { useCurrentSession } from "../../../shared/useSession";
import { displayPath, parseUri } from "../../../lib/uri";
import { dialogs } from "../../explorer";
import { isReauthorize, mountUrl, openInApp } from "./handoff";

// The picker reads folders a page at a time; the server caps the page size at its own maximum.
const PICKER_PAGE_SIZE = 200;
const MY_FILES = "cloudreve://my";

/**
 * `/callback/desktop`: where the desktop app's sign-in lands after the user allowed it. The user
 * picks the folder to mount and its name on the computer, then the browser hands everything to
 * the app (`cloudreve://mount?…`). A renewal of an existing mount (`state=reauthorize:…`) and a
 * declined authorization are handed on at once.
 */
export function DesktopCallbackPage() {
  const { t } = useTranslation("oauth");
  usePageTitle(t("oauth:desktop.title"));
  const [params] = useSearchParams();
  const userId = useCurrentSession()?.user.id ?? "";
  const code = params.get("code") ?? "";
  const state = params.get("state") ?? "";
  const error = params.get("error");
  const immediate = error ? mountUrl({ state, error, userId }) : code && isReauthorize(state) ? mountUrl({ state, code, userId }) : undefined;
  const [handedOff, setHandedOff] = useState(immediate);

  const opened = useRef(false);
  useEffect(() => {
    if (!immediate || opened.current) return;
    opened.current = true;
    openInApp(immediate);
  }, [immediate]);

  let body;
  if (error) body = <Done title={t("oauth:desktop.declinedTitle")} message={t("oauth:desktop.declined")} />;
  else if (!code) body = <Alert severity="error">{t("oauth:desktop.incomplete")}</Alert>;
  else if (handedOff) body = <Done title={t("oauth:desktop.handedOffTitle")} message={t("oauth:desktop.handedOff")} url={handedOff} />;
  else
    body = (
      <MountForm
        onDone={(path, name) => {
          const url = mountUrl({ state, code, userId, path, name });
          setHandedOff(url);
          openInApp(url);
        }}
      />
    );

  return (
    <Box sx={{ p: { xs: 2, sm: 3 }, maxWidth: 640 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t("oauth:desktop.title")}
      </Typography>
      {body}
    </Box>
  );
}

function MountForm({ onDone }: { onDone: (path: string, name: string) => void }) {
  const { t } = useTranslation("oauth");
  const [folder, setFolder] = useState(MY_FILES);
  const folderUri = parseUri(folder);
  const defaultName = folderUri.segments.at(-1) ?? t("oauth:desktop.myFiles");
  const [name, setName] = useState<string>();
  const [nameError, setNameError] = useState(false);
  const shownName = name ?? defaultName;

  const choose = async () => {
    const picked = await dialogs.pickFolder({
      title: t("oauth:desktop.pickTitle"),
      confirmLabel: t("oauth:desktop.pickConfirm"),
      start: folderUri,
      exclude: [],
      maxPageSize: PICKER_PAGE_SIZE,
    });
    if (!picked) return;
    setFolder(picked);
    // A name the user typed stays; otherwise the name follows the folder.
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!shownName.trim()) {
      setNameError(true);
      return;
    }
    onDone(folder, shownName.trim());
  };

  return (
    <Paper variant="outlined" component="form" noValidate onSubmit={submit} sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t("oauth:desktop.description")}
      </Typography>
      <Stack spacing={3}>
        <Box sx={{ display: "flex", gap: 1, alignItems: "flex-start", flexWrap: { xs: "wrap", sm: "nowrap" } }}>
          <TextField
            label={t("oauth:desktop.folder")}
            value={displayPath(folderUri, t("oauth:desktop.myFiles"))}
            helperText={t("oauth:desktop.folderHelp")}
            fullWidth
            slotProps={{ htmlInput: { readOnly: true } }}
          />
          <Button variant="outlined" startIcon={<FolderIcon aria-hidden />} onClick={() => void choose()} sx={{ flexShrink: 0, mt: { sm: 1 } }}>
            {t("oauth:desktop.choose")}
          </Button>
        </Box>
        <TextField
          label={t("oauth:desktop.name")}
          value={shownName}
          onChange={(e) => {
            setName(e.target.value);
            setNameError(false);
          }}
          error={nameError}
          helperText={nameError ? t("oauth:desktop.nameRequired") : t("oauth:desktop.nameHelp")}
          required
          fullWidth
          slotProps={{ htmlInput: { maxLength: 255 } }}
        />
        <Stack direction="row" spacing={2} sx={{ justifyContent: "flex-end" }}>
          <Button component={RouterLink} to="/home">
            {t("oauth:desktop.notNow")}
          </Button>
          <Button type="submit" variant="contained">
            {t("oauth:desktop.open")}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}

/** After the hand-off: what to expect, and the same link again in case the browser held it back. */
function Done({ title, message, url }: { title: string; message: string; url?: string }) {
  const { t } = useTranslation("oauth");
  return (
    <Paper variant="outlined" role="status" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {message}
      </Typography>
      <Stack direction="row" spacing={2} sx={{ flexWrap: "wrap", gap: 1 }}>
        {url && (
          <Button variant="contained" href={url}>
            {t("oauth:desktop.again")}
          </Button>
        )}
        <Button component={RouterLink} to="/home" variant={url ? "text" : "outlined"}>
          {t("oauth:desktop.toFiles")}
        </Button>
      </Stack>
    </Paper>
  );
}
