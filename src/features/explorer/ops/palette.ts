// The command palette (Mod+K): every action enabled here, plus places to go. Answers the id of the
// chosen action for the caller to run; places are gone to straight away.
import type { Translate } from "../../../api/errors";
import { hintOf } from "../actions/keymap";
import { enabledActions } from "../actions/registry";
import type { ActionState } from "../actions/types";
import { dialogs } from "../dialogs";
import type { OpsEnv } from "./env";

export interface PaletteSource {
  loggedIn: boolean;
  /** The user's pinned places (site config `user.pined`). */
  pinned: readonly { uri: string; name?: string }[];
}

function commands(t: Translate, state: ActionState, src: PaletteSource) {
  return [
    ...enabledActions(state, (a) => a.id !== "palette" && a.id !== "contextMenu").map((a) => ({
      id: a.id,
      label: t(a.labelKey),
      hotkey: hintOf(a.id),
      group: t(`groups.${a.group}`),
    })),
    ...(src.loggedIn
      ? (["my", "shared_with_me", "trash"] as const).map((fs) => ({
          id: `nav:cloudreve://${fs}`,
          label: t("palette.goTo", { place: t(`roots.${fs}`) }),
          hotkey: undefined,
          group: t("groups.go"),
        }))
      : []),
    ...src.pinned.map((p) => ({ id: `nav:${p.uri}`, label: t("palette.goTo", { place: p.name || p.uri }), hotkey: undefined, group: t("groups.pinned") })),
  ];
}

export async function pickCommand(env: OpsEnv, state: ActionState, src: PaletteSource): Promise<string | undefined> {
  const id = await dialogs.palette({ commands: commands(env.t, state, src) });
  if (!id) return undefined;
  if (id.startsWith("nav:")) {
    env.go(id.slice(4));
    return undefined;
  }
  return id;
}
