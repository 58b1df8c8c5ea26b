import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Box, Button, IconButton, List, ListItem, ListItemIcon, ListItemText, Tooltip, Typography } from "@mui/material";
import AddIcon from "@mui/icons-material/Add";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import KeyIcon from "@mui/icons-material/KeyOutlined";
import { formatDate } from "../../../lib/format";
import { passkeysSupported } from "../../auth";
import { Section } from "../Section";
import type { Passkey, UserSettings } from "../queries";
import { AddPasskeyDialog } from "./AddPasskeyDialog";
import { DeletePasskeyDialog } from "./DeletePasskeyDialog";

/** The account's passkeys with when they were added and last used; add and remove them. */
export function PasskeySection({ settings }: { settings: UserSettings }) {
  const { t, i18n } = useTranslation("settings");
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Passkey>();
  const passkeys = settings.passkeys ?? [];
  const supported = passkeysSupported();
  return (
    <Section title={t("passkeys.title")} description={t("passkeys.hint")} id="passkeys">
      {passkeys.length === 0 ? (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t("passkeys.none")}
        </Typography>
      ) : (
        <List aria-labelledby="passkeys-title" sx={{ mb: 1 }}>
          {passkeys.map((p) => {
            const used = p.used_at ? formatDate(p.used_at, i18n.language) : "";
            return (
              <ListItem
                key={p.id}
                divider
                secondaryAction={
                  <Tooltip title={t("passkeys.delete")}>
                    <IconButton edge="end" aria-label={t("passkeys.deleteNamed", { name: p.name })} onClick={() => setRemoving(p)}>
                      <DeleteIcon />
                    </IconButton>
                  </Tooltip>
                }
              >
                <ListItemIcon aria-hidden>
                  <KeyIcon />
                </ListItemIcon>
                <ListItemText
                  primary={p.name}
                  secondary={`${t("passkeys.created", { date: formatDate(p.created_at, i18n.language) })} · ${used ? t("passkeys.used", { date: used }) : t("passkeys.neverUsed")}`}
                />
              </ListItem>
            );
          })}
        </List>
      )}
      <Box>
        <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setAdding(true)} disabled={!supported}>
          {t("passkeys.add")}
        </Button>
        {!supported && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t("passkeys.unsupported")}
          </Typography>
        )}
      </Box>
      {adding && <AddPasskeyDialog onClose={() => setAdding(false)} />}
      {removing && <DeletePasskeyDialog passkey={removing} onClose={() => setRemoving(undefined)} />}
    </Section>
  );
}
