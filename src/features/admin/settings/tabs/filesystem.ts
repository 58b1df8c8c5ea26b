// The file system tab: listing, uploads, links, cleanup, search categories, maps, viewers, icons and custom properties.
import type { TabSpec } from "../types";
import { FileViewers } from "../editors/FileViewers";

export const filesystemTab: TabSpec = {
  id: "filesystem",
  sections: [
    {
      id: "listing",
      fields: [
        { key: "use_cursor_pagination", kind: "bool" },
        { key: "max_page_size", kind: "int", min: 10, max: 100000 },
        { key: "max_batched_file", kind: "int", min: 1 },
        { key: "max_recursive_searched_folder", kind: "int", min: 1 },
        { key: "max_parallel_transfer", kind: "int", min: 1, max: 64 },
        { key: "use_sse_for_search", kind: "bool" },
      ],
    },
    {
      id: "uploads",
      fields: [
        { key: "upload_session_timeout", kind: "duration", min: 60 },
        { key: "chunk_retries", kind: "int", max: 100 },
        { key: "use_temp_chunk_buffer", kind: "bool" },
        { key: "slave_api_timeout", kind: "duration", min: 1 },
        { key: "archive_timeout", kind: "duration", min: 1 },
        { key: "folder_props_timeout", kind: "duration", min: 1 },
        { key: "maxEditSize", kind: "size" },
      ],
    },
    {
      id: "links",
      fields: [
        { key: "entity_url_default_ttl", kind: "duration", min: 60 },
        { key: "entity_url_cache_margin", kind: "duration" },
        { key: "public_resource_maxage", kind: "duration" },
        { key: "viewer_session_timeout", kind: "duration", min: 60 },
      ],
    },
    {
      id: "cleanup",
      fields: [
        { key: "cron_trash_bin_collect", kind: "cron" },
        { key: "cron_entity_collect", kind: "cron" },
        { key: "cron_oauth_cred_refresh", kind: "cron" },
      ],
    },
    {
      id: "categories",
      fields: [
        { key: "explorer_category_image_query", kind: "text" },
        { key: "explorer_category_video_query", kind: "text" },
        { key: "explorer_category_audio_query", kind: "text" },
        { key: "explorer_category_document_query", kind: "text" },
      ],
    },
    {
      id: "maps",
      fields: [
        { key: "map_provider", kind: "select", options: ["openstreetmap", "google"] },
        { key: "map_google_tile_type", kind: "select", options: ["regular", "satellite", "terrain"], when: (v) => v.map_provider === "google" },
      ],
    },
    { id: "viewers", fields: [{ key: "file_viewers", kind: "custom", json: "array", editor: FileViewers }] },
    {
      id: "icons",
      fields: [
        { key: "explorer_icons", kind: "json", json: "array" },
        { key: "emojis", kind: "json", json: "object" },
        { key: "mime_mapping", kind: "json", json: "stringMap" },
      ],
    },
    { id: "customProps", fields: [{ key: "custom_props", kind: "json", json: "array" }] },
  ],
};
