import { useState } from "react";
import { Avatar } from "@mui/material";
import AppsIcon from "@mui/icons-material/AppsOutlined";

/** Icons given as image addresses are shown; anything else (the official frontend's icon names) gets a generic one. */
const isImage = (icon: string) => /^(https?:\/\/|data:image\/|\/(?!\/))/i.test(icon);

/** An OAuth app's icon; decorative, since the app's name is always written next to it. */
export function AppIcon({ icon, size = 48 }: { icon?: string | undefined; size?: number }) {
  const [broken, setBroken] = useState<string>();
  if (icon && isImage(icon) && broken !== icon)
    return (
      <Avatar
        src={icon}
        alt=""
        variant="rounded"
        slotProps={{ img: { onError: () => setBroken(icon), referrerPolicy: "no-referrer" } }}
        sx={{ width: size, height: size, bgcolor: "transparent" }}
      />
    );
  return (
    <Avatar variant="rounded" sx={{ width: size, height: size, bgcolor: "primary.main" }} aria-hidden>
      <AppsIcon />
    </Avatar>
  );
}
