// The media tab (thumbnail generators, metadata extraction) and the task queue tab (one section per queue).
import type { FieldSpec, SectionSpec, TabSpec } from "../types";
import { on } from "./conditions";

const generator = (name: "vips" | "ffmpeg" | "libreoffice" | "music_cover", gen?: FieldSpec["generator"]): SectionSpec => {
  const enabled = `thumb_${name}_enabled`;
  const fields: FieldSpec[] = [{ key: enabled, kind: "bool" }];
  if (gen) fields.push({ key: `thumb_${name}_path`, kind: "text", required: true, generator: gen, when: on(enabled) });
  fields.push({ key: `thumb_${name}_max_size`, kind: "size", when: on(enabled) }, { key: `thumb_${name}_exts`, kind: "list", when: on(enabled) });
  if (name === "ffmpeg") fields.push({ key: "thumb_ffmpeg_seek", kind: "text", when: on(enabled) });
  return { id: `thumb_${name}`, fields };
};

const QUEUES = ["io_intense", "media_meta", "thumb", "recycle", "remote_download"] as const;

const queueSection = (q: (typeof QUEUES)[number]): SectionSpec => {
  const vars = { queue: q };
  const f = (suffix: string, kind: FieldSpec["kind"], extra: Partial<FieldSpec> = {}): FieldSpec => ({
    key: `queue_${q}_${suffix}`,
    kind,
    textKey: `queue_${suffix}`,
    textVars: vars,
    ...extra,
  });
  return {
    id: `queue_${q}`,
    textKey: `queue_${q}`,
    fields: [
      f("worker_num", "int", { min: 1, max: 1000 }),
      f("max_execution", "duration", { min: 1 }),
      f("backoff_factor", "float", { min: 1 }),
      f("backoff_max_duration", "duration"),
      f("max_retry", "int", { max: 100 }),
      f("retry_delay", "duration"),
    ],
  };
};

export const mediaTabs: TabSpec[] = [
  {
    id: "media",
    sections: [
      {
        id: "thumbs",
        fields: [
          { key: "thumb_width", kind: "int", min: 16, max: 4096 },
          { key: "thumb_height", kind: "int", min: 16, max: 4096 },
          { key: "thumb_encode_method", kind: "select", options: ["png", "jpg"] },
          { key: "thumb_encode_quality", kind: "int", min: 1, max: 100 },
          { key: "thumb_entity_suffix", kind: "text", required: true },
          { key: "thumb_slave_sidecar_suffix", kind: "text", required: true },
          { key: "thumb_gc_after_gen", kind: "bool" },
        ],
      },
      {
        id: "thumb_builtin",
        fields: [
          { key: "thumb_builtin_enabled", kind: "bool" },
          { key: "thumb_builtin_max_size", kind: "size", when: on("thumb_builtin_enabled") },
        ],
      },
      generator("vips", "vips"),
      generator("ffmpeg", "ffmpeg"),
      generator("libreoffice", "libreOffice"),
      generator("music_cover"),
      {
        id: "mediaMeta",
        fields: [
          { key: "media_meta", kind: "bool" },
          { key: "media_meta_exif", kind: "bool" },
          { key: "media_meta_exif_size_local", kind: "size", when: on("media_meta_exif") },
          { key: "media_meta_exif_size_remote", kind: "size", when: on("media_meta_exif") },
          { key: "media_meta_exif_brute_force", kind: "bool", when: on("media_meta_exif") },
          { key: "media_meta_music", kind: "bool" },
          { key: "media_meta_music_size_local", kind: "size", when: on("media_meta_music") },
          { key: "media_exif_music_size_remote", kind: "size", when: on("media_meta_music") },
          { key: "media_meta_ffprobe", kind: "bool" },
          { key: "media_meta_ffprobe_path", kind: "text", required: true, generator: "ffprobe", when: on("media_meta_ffprobe") },
          { key: "media_meta_ffprobe_size_local", kind: "size", when: on("media_meta_ffprobe") },
          { key: "media_meta_ffprobe_size_remote", kind: "size", when: on("media_meta_ffprobe") },
        ],
      },
    ],
  },
  { id: "queue", sections: QUEUES.map(queueSection) },
];
