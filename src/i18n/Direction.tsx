import { lazy, Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isRtl } from "./languages";

const RtlStyles = lazy(() => import("./RtlStyles"));

/** The writing direction of the current language: "rtl" for Arabic, else "ltr". */
export function useDirection(): "rtl" | "ltr" {
  const { i18n } = useTranslation();
  return isRtl(i18n.language) ? "rtl" : "ltr";
}

/** Mirrors the styles of everything inside for right-to-left languages. */
export function DirectionStyles({ children }: { children: ReactNode }) {
  const direction = useDirection();
  if (direction === "ltr") return children;
  return (
    <Suspense fallback={null}>
      <RtlStyles>{children}</RtlStyles>
    </Suspense>
  );
}
