import { useState } from "react";
import { useTranslation } from "react-i18next";
import { IconButton, Tooltip } from "@mui/material";
import InstallIcon from "@mui/icons-material/InstallDesktopOutlined";
import { pwaStore, type InstallOffer } from "./store";

/** "Install app" in the app bar: opens the browser's own install dialog. */
export default function InstallButton({ offer }: { offer: InstallOffer }) {
  // Without suspense: a namespace still loading must not blank the app bar.
  const { t, ready } = useTranslation("pwa", { useSuspense: false });
  const [busy, setBusy] = useState(false);
  if (!ready) return null;
  const label = t("install.action");
  return (
    <Tooltip title={label}>
      <IconButton
        aria-label={label}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          // The browser's own dialog decides; an offer can be used once, whatever the answer.
          await offer.prompt().catch(() => undefined);
          await offer.userChoice.catch(() => undefined);
          pwaStore.set({ install: null });
        }}
      >
        <InstallIcon />
      </IconButton>
    </Tooltip>
  );
}
