// The advanced search form as plain data: filled from the current search, turned into the search's
// options, and empty when it would find everything.
import type { SearchCategory, SearchOptions, SearchType } from "../../../lib/uri";
import { tokenize } from "./query";

export const UNITS = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 } as const;
export type Unit = keyof typeof UNITS;

export interface AdvancedForm {
  /** The names as typed: words, quoted where they hold a space. */
  names: string;
  useOr: boolean;
  caseFolding: boolean;
  type: SearchType | "";
  category: SearchCategory | "";
  minSize: string;
  maxSize: string;
  unit: Unit;
  /** `yyyy-mm-dd` values of the date fields, in local time. */
  createdFrom: string;
  createdTo: string;
  updatedFrom: string;
  updatedTo: string;
  tag: string;
  metaKey: string;
  metaValue: string;
}

const toDate = (sec: number | undefined) => (sec ? new Date(sec * 1000).toISOString().slice(0, 10) : "");
const fromDate = (v: string, endOfDay: boolean) => (v ? Math.floor(Date.parse(`${v}T${endOfDay ? "23:59:59" : "00:00:00"}`) / 1000) : undefined);

/** The form showing a search's options (sizes in bytes; a tag filter wins over other metadata). */
export function initialAdvancedForm(init: SearchOptions): AdvancedForm {
  const metadata = Object.entries(init.metadata ?? {});
  const tag = metadata.find(([k]) => k.startsWith("tag:"));
  const meta = metadata.find(([k]) => !k.startsWith("tag:"));
  return {
    names: (init.names ?? []).map((n) => (n.includes(" ") ? `"${n}"` : n)).join(" "),
    useOr: Boolean(init.useOr),
    caseFolding: init.caseFolding ?? true,
    type: init.type ?? "",
    category: init.category ?? "",
    minSize: init.sizeGte ? String(init.sizeGte) : "",
    maxSize: init.sizeLte ? String(init.sizeLte) : "",
    unit: "B",
    createdFrom: toDate(init.createdGte),
    createdTo: toDate(init.createdLte),
    updatedFrom: toDate(init.updatedGte),
    updatedTo: toDate(init.updatedLte),
    tag: tag?.[0].slice(4) ?? "",
    metaKey: meta?.[0] ?? "",
    metaValue: meta?.[1] ?? "",
  };
}

/** The search's options from the form; "to" dates include their whole day. */
export function advancedOptions(f: AdvancedForm): SearchOptions {
  const size = (v: string) => (v.trim() === "" || Number.isNaN(Number(v)) ? undefined : Math.round(Number(v) * UNITS[f.unit]));
  return {
    names: tokenize(f.names),
    useOr: f.useOr,
    caseFolding: f.caseFolding,
    ...(f.type ? { type: f.type } : {}),
    ...(f.category ? { category: f.category } : {}),
    sizeGte: size(f.minSize),
    sizeLte: size(f.maxSize),
    createdGte: fromDate(f.createdFrom, false),
    createdLte: fromDate(f.createdTo, true),
    updatedGte: fromDate(f.updatedFrom, false),
    updatedLte: fromDate(f.updatedTo, true),
    // The server needs every meta_ filter to match the same row, so only one can be used.
    ...(f.tag.trim() ? { metadata: { [`tag:${f.tag.trim()}`]: "" } } : f.metaKey.trim() ? { metadata: { [f.metaKey.trim()]: f.metaValue } } : {}),
  };
}

/** No condition at all: such a search would list everything, so it is not offered. */
export function isEmptySearch(o: SearchOptions): boolean {
  return (
    !o.names?.length &&
    !o.type &&
    !o.category &&
    o.sizeGte === undefined &&
    o.sizeLte === undefined &&
    !o.createdGte &&
    !o.createdLte &&
    !o.updatedGte &&
    !o.updatedLte &&
    !o.metadata
  );
}
