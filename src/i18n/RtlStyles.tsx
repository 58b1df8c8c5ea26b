import type { ReactNode } from "react";
import createCache from "@emotion/cache";
import { CacheProvider } from "@emotion/react";
import rtlPlugin from "@mui/stylis-plugin-rtl";
import { prefixer } from "stylis";

// Styles written for left-to-right layouts come out mirrored (margins, paddings, positions).
// Its own chunk: only right-to-left readers download it.
const cache = createCache({ key: "muirtl", stylisPlugins: [prefixer, rtlPlugin] });

export default function RtlStyles({ children }: { children: ReactNode }) {
  return <CacheProvider value={cache}>{children}</CacheProvider>;
}
