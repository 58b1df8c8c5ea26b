import { useTranslation } from "react-i18next";
import { Box, Button, FormControlLabel, Popover, Slider, Switch, ToggleButton, ToggleButtonGroup, Typography } from "@mui/material";
import { useFolder } from "../ExplorerContext";
import { GALLERY_MAX, GALLERY_MIN, pageSizeRange, type Layout } from "../listing/viewSettings";
import { dialogs } from "../dialogs";

/** Layout, thumbnails, gallery size, page size and columns of this folder (a lazy chunk). */
export default function ViewOptions({ anchor, onClose }: { anchor: HTMLElement; onClose: () => void }) {
  const { t } = useTranslation("explorer");
  const { view, setView, listing, synced, uri } = useFolder();
  const [lo, hi] = pageSizeRange(listing.head?.props);
  const step = hi - lo <= 100 ? 1 : 10;
  return (
    <Popover
      open
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: "bottom", horizontal: "right" }}
      transformOrigin={{ vertical: "top", horizontal: "right" }}
      slotProps={{ paper: { role: "dialog", "aria-label": t("actions.viewOptions"), sx: { p: 2, width: 300, maxWidth: "calc(100vw - 32px)" } } }}
    >
      <Typography variant="subtitle2" component="h2" gutterBottom>
        {t("viewOptions.layout")}
      </Typography>
      <ToggleButtonGroup
        fullWidth
        size="small"
        exclusive
        value={view.layout}
        onChange={(_, v: Layout | null) => v && setView({ layout: v })}
        aria-label={t("viewOptions.layout")}
      >
        <ToggleButton value="list">{t("viewOptions.list")}</ToggleButton>
        <ToggleButton value="grid">{t("viewOptions.grid")}</ToggleButton>
        <ToggleButton value="gallery">{t("viewOptions.gallery")}</ToggleButton>
      </ToggleButtonGroup>
      {view.layout !== "gallery" && (
        <FormControlLabel
          sx={{ mt: 1 }}
          control={<Switch checked={view.thumbnail} onChange={(e) => setView({ thumbnail: e.target.checked })} />}
          label={t("viewOptions.thumbnails")}
        />
      )}
      {view.layout === "gallery" && (
        <Box sx={{ mt: 2 }}>
          <Typography id="gallery-width-label" variant="body2" gutterBottom>
            {t("viewOptions.galleryWidth", { px: view.galleryWidth })}
          </Typography>
          <Slider
            size="small"
            min={GALLERY_MIN}
            max={GALLERY_MAX}
            step={10}
            defaultValue={view.galleryWidth}
            onChangeCommitted={(_, v) => setView({ galleryWidth: v as number })}
            aria-labelledby="gallery-width-label"
            valueLabelDisplay="auto"
          />
        </Box>
      )}
      <Box sx={{ mt: 2 }}>
        <Typography id="page-size-label" variant="body2" gutterBottom>
          {t("viewOptions.pageSize", { count: view.pageSize })}
        </Typography>
        <Slider
          size="small"
          min={lo}
          max={hi}
          step={step}
          defaultValue={view.pageSize}
          onChangeCommitted={(_, v) => setView({ pageSize: v as number })}
          aria-labelledby="page-size-label"
          valueLabelDisplay="auto"
        />
      </Box>
      {view.layout === "list" && (
        <Button
          size="small"
          onClick={async () => {
            onClose();
            const next = await dialogs.columns({ columns: view.columns, fs: uri.fs });
            if (next) setView({ columns: next });
          }}
        >
          {t("columns.choose")}
        </Button>
      )}
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {synced ? t("viewOptions.synced") : t("viewOptions.local")}
      </Typography>
    </Popover>
  );
}
