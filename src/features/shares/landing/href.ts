import type { CrUri } from "../../../lib/uri";

/** The SPA address of a share URI (the same place the server's `/s/` redirect leads). */
export const landingHref = (uri: CrUri | string) => `/home?${new URLSearchParams({ path: uri.toString() }).toString()}`;
