import { isOn, type Values } from "../types";

/** Shown while the switch `key` is on. */
export const on = (key: string) => (v: Values) => isOn(v[key]);
