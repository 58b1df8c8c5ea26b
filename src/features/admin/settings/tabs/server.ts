// The server tab: paths and jobs, CORS, and the read-only identity of the site.
import type { TabSpec } from "../types";

export const serverTab: TabSpec = {
  id: "server",
  sections: [
    {
      id: "paths",
      fields: [
        { key: "temp_path", kind: "text", required: true },
        { key: "cron_garbage_collect", kind: "cron" },
      ],
    },
    { id: "cors", fields: [] },
    {
      id: "identity",
      fields: [
        { key: "siteID", kind: "readonly" },
        { key: "hash_id_salt", kind: "readonly" },
      ],
    },
  ],
};
