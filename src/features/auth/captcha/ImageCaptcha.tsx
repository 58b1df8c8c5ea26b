import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Box, ButtonBase, Skeleton } from "@mui/material";
import { PlainTextField } from "../../../shared/ui/PlainTextField";
import { siteQueries } from "../../../api/queries/site";
import type { CaptchaController } from "./controller";

/**
 * The server's image captcha (`normal`, and the retired `tcaptcha`): `GET /site/captcha` gives an
 * image and a ticket; the typed text travels as `captcha` with that `ticket`. Clicking the image
 * (or pressing Enter/Space on it) gets a new one. After a failed submit the parent re-mounts it
 * (keyed by the controller's generation): empty field, new image, cursor in the field if asked.
 */
export function ImageCaptcha({ controller, error, autoFocus }: { controller: CaptchaController; error?: string; autoFocus?: boolean }) {
  const { t } = useTranslation("auth");
  const [text, setText] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const { setFields } = controller;
  // Tickets are single-use: never share one between mounts or reuse a cached image.
  const image = useQuery({ ...siteQueries.captcha(), retry: 1 });
  // While a new image loads, the old ticket is already spent: report nothing until the new one arrives.
  const ticket = image.isFetching ? undefined : image.data?.ticket;

  useEffect(() => {
    const answer = text.trim();
    setFields(answer && ticket ? { captcha: answer, ticket } : undefined);
  }, [text, ticket, setFields]);

  const refetch = image.refetch;
  const refreshLabel = t("captcha.refresh");
  const message = error ?? (image.isError ? t("captcha.imageFailed") : undefined);
  return (
    <Box sx={{ display: "flex", gap: 1.5, alignItems: "flex-start", mt: 2, mb: 1 }}>
      <PlainTextField
        label={t("captcha.label")}
        value={text}
        onChange={(e) => setText(e.target.value)}
        inputRef={input}
        autoFocus={autoFocus}
        required
        error={Boolean(message)}
        helperText={message ?? t("captcha.hint")}
        autoComplete="off"
        slotProps={{ htmlInput: { autoCapitalize: "none", spellCheck: false, maxLength: 32 } }}
        sx={{ flex: 1, minWidth: 0 }}
      />
      <ButtonBase
        aria-label={refreshLabel}
        title={refreshLabel}
        onClick={() => void refetch()}
        sx={{
          flex: "0 0 auto",
          width: { xs: 120, sm: 150 },
          height: 56,
          borderRadius: 1,
          overflow: "hidden",
          border: 1,
          borderColor: "divider",
          bgcolor: "#fff",
        }}
      >
        {image.data && !image.isFetching ? (
          <img src={image.data.image} alt={t("captcha.imageAlt")} style={{ width: "100%", height: "100%", objectFit: "contain" }} />
        ) : (
          <Skeleton variant="rectangular" width="100%" height="100%" aria-hidden />
        )}
      </ButtonBase>
    </Box>
  );
}
