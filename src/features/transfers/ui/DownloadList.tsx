// Progress of a one-by-one multi-file download, above the uploads in the panel.
import { useTranslation } from "react-i18next";
import { Box, Button, List, ListItem, ListItemIcon, ListItemText, Typography } from "@mui/material";
import DoneIcon from "@mui/icons-material/DownloadDone";
import WaitIcon from "@mui/icons-material/HourglassEmpty";
import ErrorIcon from "@mui/icons-material/ErrorOutlined";
import { downloadQueue, type DownloadItem } from "../downloadQueue";

export function DownloadList({ items }: { items: readonly DownloadItem[] }) {
  const { t } = useTranslation("transfers");
  const started = items.filter((i) => i.state === "started").length;
  const waiting = items.some((i) => i.state === "waiting");
  return (
    <Box sx={{ borderBottom: 1, borderColor: "divider" }}>
      <Box sx={{ display: "flex", alignItems: "center", px: 2, pt: 1 }}>
        <Typography variant="subtitle2" component="h3" sx={{ flex: 1 }}>
          {t("downloads.title", { done: started, count: items.length })}
        </Typography>
        {!waiting && (
          <Button size="small" onClick={() => downloadQueue.clear()}>
            {t("downloads.clear")}
          </Button>
        )}
      </Box>
      <List dense aria-label={t("downloads.listLabel")} sx={{ maxHeight: 160, overflowY: "auto" }}>
        {items.map((i) => (
          <ListItem key={i.id} data-state={i.state}>
            <ListItemIcon sx={{ minWidth: 32 }}>
              {i.state === "started" ? (
                <DoneIcon color="success" fontSize="small" />
              ) : i.state === "failed" ? (
                <ErrorIcon color="error" fontSize="small" />
              ) : (
                <WaitIcon color="action" fontSize="small" />
              )}
            </ListItemIcon>
            <ListItemText
              primary={i.name}
              secondary={i.state === "failed" ? i.error : t(`downloads.${i.state}`)}
              slotProps={{ primary: { noWrap: true }, secondary: { noWrap: true, color: i.state === "failed" ? "error" : undefined } }}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
