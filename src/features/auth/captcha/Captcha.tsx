import { lazy, Suspense } from "react";
import { Box } from "@mui/material";
import type { CaptchaController } from "./controller";

// Most sites sign in without a captcha: its widgets load only when a form needs one.
const CaptchaWidget = lazy(() => import("./CaptchaWidget"));

/** The site's captcha, when this form needs one. */
export function Captcha({ controller, error }: { controller: CaptchaController; error?: string }) {
  if (!controller.required) return null;
  return (
    <Suspense fallback={<Box sx={{ height: 72 }} />}>
      <CaptchaWidget controller={controller} error={error} />
    </Suspense>
  );
}
