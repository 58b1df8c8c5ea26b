import { useEffect, useState } from "react";
import { Box, Skeleton } from "@mui/material";

/** The link as a QR code; the encoder is loaded only when a code is shown. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [src, setSrc] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    let live = true;
    void import("qrcode").then((m) => m.toDataURL(text, { margin: 1, width: 160 })).then((url) => {
      if (live) setSrc({ text, url });
    });
    return () => {
      live = false;
    };
  }, [text]);
  return (
    <Box sx={{ width: 160, height: 160, bgcolor: "#fff", borderRadius: 1 }}>
      {src?.text === text ? <img src={src.url} alt={label} width={160} height={160} /> : <Skeleton variant="rectangular" width={160} height={160} aria-hidden />}
    </Box>
  );
}
