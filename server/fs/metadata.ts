import { AppError } from "../core/envelope.ts";
import { IdType, tryDecodeId } from "../core/ids.ts";
import type { State } from "../state/state.ts";
import { EMOJI_PRESET } from "../routes/siteDefaults.ts";
import { parseUri } from "./uri.ts";
import { CUSTOM_PROPS, newer } from "../routes/newer.ts";

/** Metadata patch validation of `pkg/filemanager/manager/metadata.go` (docs/server-behaviour.md, "File objects and metadata"). */
export interface MetadataPatch {
  key: string;
  value: string;
  remove: boolean;
}

const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
const N = String.raw`\s*(?:\d{1,3}(?:\.\d+)?%?)\s*`;
const A = String.raw`\s*(?:0|1|0?\.\d+|1\.0+)\s*`;
const RGB = new RegExp(`^rgb\\(${N},${N},${N}\\)$`, "i");
const RGBA = new RegExp(`^rgba\\(${N},${N},${N},${A}\\)$`, "i");
const HSL = new RegExp(String.raw`^hsl\(\s*\d{1,3}\s*,\s*\d{1,3}%\s*,\s*\d{1,3}%\s*\)$`, "i");
const HSLA = new RegExp(String.raw`^hsla\(\s*\d{1,3}\s*,\s*\d{1,3}%\s*,\s*\d{1,3}%\s*,` + A + String.raw`\)$`, "i");

/** go-playground `iscolor`: hexcolor | rgb | rgba | hsl | hsla. */
export const isColor = (v: string) => HEX.test(v) || RGB.test(v) || RGBA.test(v) || HSL.test(v) || HSLA.test(v);

/** The emoji preset the site serves (`/site/config/emojis`); `customize:emoji` must be one of them. */
export function emojiPresetJson(state: State): string {
  const fromSettings = (state.settings as unknown as { emojis?: unknown }).emojis;
  return typeof fromSettings === "string" && fromSettings ? fromSettings : EMOJI_PRESET;
}

function emojiAllowed(state: State, value: string): boolean {
  try {
    const presets = JSON.parse(emojiPresetJson(state)) as Record<string, string[]>;
    return Object.values(presets).some((list) => list.includes(value));
  } catch {
    return false;
  }
}

const invalidKey = () => new AppError(40001, "Invalid metadata key");
const invalidPatch = () => new AppError(40001, "Invalid metadata patch");

export function validatePatches(state: State, patches: MetadataPatch[]): void {
  for (const p of patches) {
    const parts = p.key.split(":");
    if (parts.length < 2) throw invalidKey();
    const category = parts[0]!;
    switch (category) {
      case "sys":
        if (p.remove) throw invalidPatch();
        if (p.key === "sys:shared_owner") {
          if (tryDecodeId(IdType.user, p.value) === undefined) throw invalidPatch();
        } else if (p.key === "sys:shared_redirect") {
          let ok = false;
          try {
            ok = parseUri(p.value).fs === "share";
          } catch {
            ok = false;
          }
          if (!ok) throw invalidPatch();
        } else throw invalidPatch();
        break;
      case "dav":
        break;
      case "customize":
        if (p.key === "customize:icon_color" && !p.remove && !isColor(p.value)) throw invalidPatch();
        if (p.key === "customize:emoji" && !p.remove && !emojiAllowed(state, p.value)) throw invalidPatch();
        break;
      case "tag":
        if (!p.remove && p.value !== "" && !isColor(p.value)) throw invalidPatch();
        if (p.key === "tag:") throw invalidPatch();
        break;
      case "props": {
        // Only a newer server knows custom properties; the community server rejects the category.
        if (!newer(state).customProps) throw invalidKey();
        const prop = CUSTOM_PROPS.find((c) => `props:${c.id}` === p.key);
        if (!prop) throw invalidPatch();
        if (!p.remove && !propValueValid(prop, p.value)) throw invalidPatch();
        break;
      }
      default:
        throw invalidKey();
    }
  }
}

/** A value a newer server accepts for the property (the shapes its frontend writes). */
function propValueValid(prop: (typeof CUSTOM_PROPS)[number], v: string): boolean {
  const max = "max" in prop ? prop.max : undefined;
  const min = "min" in prop ? prop.min : undefined;
  switch (prop.type) {
    case "text":
      return max === undefined || [...v].length <= max;
    case "number":
    case "rating": {
      const n = Number(v);
      return v.trim() !== "" && Number.isFinite(n) && (min === undefined || n >= min) && (max === undefined || n <= max);
    }
    case "boolean":
      return v === "true" || v === "false";
    case "select":
      return (prop.options as readonly string[]).includes(v);
    case "multi_select":
      try {
        const list = JSON.parse(v) as unknown;
        return Array.isArray(list) && list.every((x) => (prop.options as readonly string[]).includes(x as string));
      } catch {
        return false;
      }
    case "link":
      return /^https?:\/\/\S+$/i.test(v);
  }
}

/** Metadata maps given on create/upload are validated as patches. */
export function validateMetadataMap(state: State, m: Record<string, string>): void {
  validatePatches(
    state,
    Object.entries(m).map(([key, value]) => ({ key, value, remove: false })),
  );
}
