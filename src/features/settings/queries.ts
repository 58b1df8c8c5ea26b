import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, unwrap } from "../../api/client";
import { setAvatar, userKeys, userQueries } from "../../api/queries/user";
import { siteKeys } from "../../api/queries/site";
import { sessionStore } from "../../api/session";
import type { components } from "../../api/schema";

type Schemas = components["schemas"];
export type UserSettings = Schemas["UserSettings"];
export type SettingsPatch = Schemas["PatchUserSettingRequest"];
export type Passkey = Schemas["Passkey"];
export type User = Schemas["User"];

export function useUserSettings() {
  const q = useQuery(userQueries.settings());
  return { ...q, data: q.data as UserSettings | undefined };
}

/**
 * The stored session keeps a copy of the user (nickname, avatar, theme, language) that the shell
 * renders; after a change the copy is refreshed from `/user/me` so the whole app agrees.
 */
export async function refreshSessionUser(): Promise<User | undefined> {
  if (!sessionStore.current()) return undefined;
  const user = await unwrap(api.GET("/user/me"));
  sessionStore.updateUser(user);
  return user;
}

/** Which changes show up in the user object (and so in the shell), not only in the settings. */
const USER_FIELDS: (keyof SettingsPatch)[] = ["nick", "language", "preferred_theme", "disable_view_sync"];

/** PATCH /user/setting with any subset of fields; afterwards the settings and the user are re-read. */
export function usePatchSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (patch: SettingsPatch) => {
      await unwrap(api.PATCH("/user/setting", { body: patch }));
    },
    onSuccess: async (_, patch) => {
      await queryClient.invalidateQueries({ queryKey: userKeys.settings() });
      if (USER_FIELDS.some((f) => f in patch)) {
        await refreshSessionUser().catch(() => undefined);
        void queryClient.invalidateQueries({ queryKey: userKeys.me() });
        void queryClient.invalidateQueries({ queryKey: siteKeys.config("basic") });
      }
    },
  });
}

/** Uploads an avatar (or switches to Gravatar with null); the shell then shows the new picture. */
export function useSetAvatar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setAvatar,
    onSuccess: async () => {
      await refreshSessionUser().catch(() => undefined);
      void queryClient.invalidateQueries({ queryKey: userKeys.me() });
    },
  });
}
