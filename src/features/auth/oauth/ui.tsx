// Small pieces the OAuth and client-callback pages share. They deliberately do not reuse the
// sign-in steps' own helpers (Phase, FormAlert, useDescribeError): modules that only the sign-in
// pages import are bundled together, and importing them from these pages as well would split that
// bundle into more, smaller chunks on the sign-in page's first load.
import { useCallback, useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Alert, Typography } from "@mui/material";
import { describeError } from "../../../api/errors";
import { usePageTitle } from "../../../shared/usePageTitle";

/** A step's heading (and the page title); it takes the focus so screen readers start reading here. */
export function Step({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(title);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  return (
    <div>
      <Typography ref={heading} variant="h5" component="h1" tabIndex={-1} sx={{ fontWeight: 600, outline: "none", mb: 2, overflowWrap: "anywhere" }}>
        {title}
      </Typography>
      {children}
    </div>
  );
}

/** A failure the user should read now: announced as it appears, without taking the focus. */
export function ErrorNote({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Alert severity="error" role="alert" sx={{ mb: 2 }}>
      {message}
    </Alert>
  );
}

/** The server's or the network's failure in the user's language (texts of the `errors` namespace). */
export function useErrorText(): (e: unknown) => string {
  const { t } = useTranslation("errors");
  return useCallback((e: unknown) => describeError(e, (key, options) => t(key.replace(/^errors\./, ""), options ?? {})), [t]);
}
