import { lazy, Suspense } from "react";
import { useSearchParams, Navigate } from "react-router";
import { sessionStore } from "../../api/session";
import { tryParseUri } from "../../lib/uri";
import { Explorer } from "./Explorer";
import { explorerHref } from "./nav/href";

// Share visitors get the share's landing around the explorer; it loads only for share URIs.
const ShareLanding = lazy(() => import("../shares/landing/ShareLanding"));

/**
 * `/home?path=<cloudreve URI>[&page=<n>]`: the URL holds where the user is (folder, search, share)
 * and, in offset mode, the page (1-based in the URL). A missing or unreadable path goes to My files.
 */
export function ExplorerPage() {
  const [params] = useSearchParams();
  const raw = params.get("path");
  const uri = raw ? tryParseUri(raw) : null;
  if (!uri) {
    const fallback = sessionStore.current() ? "cloudreve://my" : null;
    return fallback ? <Navigate to={explorerHref(fallback)} replace /> : <Navigate to="/session" replace />;
  }
  const page = Math.max(0, (Number.parseInt(params.get("page") ?? "1", 10) || 1) - 1);
  const explorer = <Explorer uri={uri} page={page} />;
  if (uri.fs !== "share") return explorer;
  return (
    <Suspense fallback={null}>
      <ShareLanding key={`${uri.id ?? ""}:${uri.password ?? ""}`} uri={uri}>
        {explorer}
      </ShareLanding>
    </Suspense>
  );
}
