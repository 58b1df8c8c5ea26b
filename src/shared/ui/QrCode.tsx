import { useEffect, useState } from "react";
import { Box, Skeleton } from "@mui/material";

/**
 * Text (a share link, an authenticator's otpauth:// URI) as a QR code. The encoder is loaded only
 * when a code is shown, so it never weighs on a page's first load.
 */
export function QrCode({ text, label, size = 160 }: { text: string; label: string; size?: number }) {
  const [src, setSrc] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    let live = true;
    void import("qrcode")
      .then((m) => m.toDataURL(text, { margin: 1, width: size }))
      .then((url) => {
        if (live) setSrc({ text, url });
      });
    return () => {
      live = false;
    };
  }, [text, size]);
  return (
    <Box sx={{ width: size, height: size, bgcolor: "#fff", borderRadius: 1, flexShrink: 0 }}>
      {src?.text === text ? (
        <img src={src.url} alt={label} width={size} height={size} />
      ) : (
        <Skeleton variant="rectangular" width={size} height={size} aria-hidden />
      )}
    </Box>
  );
}
