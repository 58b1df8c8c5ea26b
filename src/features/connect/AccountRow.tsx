import { useTranslation } from "react-i18next";
import { Box, Chip, IconButton, Paper, Tooltip, Typography } from "@mui/material";
import AccountIcon from "@mui/icons-material/DnsOutlined";
import InfoIcon from "@mui/icons-material/KeyOutlined";
import EditIcon from "@mui/icons-material/EditOutlined";
import DeleteIcon from "@mui/icons-material/DeleteOutlined";
import type { DavAccount } from "../../api/queries/dav";
import { formatDate } from "../../lib/format";
import { davFlags } from "./davAccount";
import { useRootLabel } from "./useRootLabel";

interface Props {
  account: DavAccount;
  onInfo: (a: DavAccount) => void;
  onEdit: (a: DavAccount) => void;
  onDelete: (a: DavAccount) => void;
}

/** One WebDAV account: its name, root folder, options and what can be done with it. */
export function AccountRow({ account, onInfo, onEdit, onDelete }: Props) {
  const { t, i18n } = useTranslation("connect");
  const rootLabel = useRootLabel();
  const flags = davFlags(account.options);
  const action = (label: string, icon: React.ReactNode, run: () => void) => (
    <Tooltip title={label}>
      <IconButton aria-label={`${label}: ${account.name}`} onClick={run}>
        {icon}
      </IconButton>
    </Tooltip>
  );
  return (
    <Paper component="li" variant="outlined" sx={{ p: 1.5, display: "flex", gap: 1.5, alignItems: "center", flexWrap: { xs: "wrap", sm: "nowrap" } }}>
      <AccountIcon color="action" aria-hidden sx={{ display: { xs: "none", sm: "block" } }} />
      <Box sx={{ flex: "1 1 200px", minWidth: 0 }}>
        <Typography component="h3" variant="subtitle1" sx={{ overflowWrap: "anywhere" }}>
          <bdi>{account.name}</bdi>
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
          {t("row.root")} <bdi>{rootLabel(account.uri)}</bdi>
        </Typography>
        <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center", mt: 0.5 }}>
          {flags.readOnly && <Chip size="small" variant="outlined" label={t("row.readOnly")} />}
          {flags.proxy && <Chip size="small" variant="outlined" label={t("row.proxy")} />}
          <Typography variant="body2" color="text.secondary" component="span">
            {t("row.created", { date: formatDate(account.created_at, i18n.language) })}
          </Typography>
        </Box>
      </Box>
      <Box sx={{ display: "flex", flexShrink: 0, ml: "auto" }}>
        {action(t("row.info"), <InfoIcon />, () => onInfo(account))}
        {action(t("row.edit"), <EditIcon />, () => onEdit(account))}
        {action(t("row.delete"), <DeleteIcon />, () => onDelete(account))}
      </Box>
    </Paper>
  );
}
