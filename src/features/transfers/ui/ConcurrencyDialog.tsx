import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Slider } from "@mui/material";
import { MAX_CONCURRENCY, MIN_CONCURRENCY } from "../engine/queue";
import { uploads } from "../engine/manager";

export function ConcurrencyDialog({ value, onClose }: { value: number; onClose: () => void }) {
  const { t } = useTranslation("transfers");
  const [n, setN] = useState(value);
  const titleId = useId();
  const descId = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} aria-describedby={descId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>{t("concurrency.title")}</DialogTitle>
      <DialogContent>
        <DialogContentText id={descId}>{t("concurrency.body")}</DialogContentText>
        <Slider
          value={n}
          min={MIN_CONCURRENCY}
          max={MAX_CONCURRENCY}
          step={1}
          marks
          valueLabelDisplay="on"
          onChange={(_, v) => setN(v as number)}
          slotProps={{ input: { "aria-labelledby": titleId } }}
          sx={{ mt: 5 }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t("dialog.cancel")}</Button>
        <Button
          variant="contained"
          onClick={() => {
            uploads.setConcurrency(n);
            onClose();
          }}
        >
          {t("dialog.save")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
