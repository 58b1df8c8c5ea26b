import { api, unwrap } from "../client";
import { ApiError, HttpError } from "../errors";
import type { AdminGroup, AdminPolicy, AdminUserRow } from "./admin";

/** Admin writes. Upserts send the whole object: the server overwrites every field it knows. */

export interface UserUpsert {
  user: AdminUserRow;
  password?: string;
  two_fa?: string;
}

export const adminApi = {
  /** Counts the statistics now (slow on a big site); the server then keeps them a day. */
  generateSummary: () => unwrap(api.GET("/admin/summary", { params: { query: { generate: true } } })),
  saveSettings: (settings: Record<string, string>) => unwrap(api.PATCH("/admin/settings", { body: { settings } })),
  createUser: (body: UserUpsert) => unwrap(api.PUT("/admin/user", { body })),
  // The server takes the row from the body; the path carries the same id for readers of logs.
  updateUser: (body: UserUpsert) => unwrap(api.PUT("/admin/user/{id}", { params: { path: { id: body.user.id! } }, body })),
  deleteUsers: (ids: number[]) => unwrap(api.POST("/admin/user/batch/delete", { body: { ids } })),
  calibrateUser: (id: number) => unwrap(api.POST("/admin/user/{id}/calibrate", { params: { path: { id } } })),
  createGroup: (group: AdminGroup) => unwrap(api.PUT("/admin/group", { body: { group } })),
  updateGroup: (group: AdminGroup) => unwrap(api.PUT("/admin/group/{id}", { params: { path: { id: group.id! } }, body: { group } })),
  deleteGroup: (id: number) => unwrap(api.DELETE("/admin/group/{id}", { params: { path: { id } } })),
  createPolicy: (policy: AdminPolicy) => unwrap(api.PUT("/admin/policy", { body: { policy } })),
  updatePolicy: (policy: AdminPolicy) => unwrap(api.PUT("/admin/policy/{id}", { params: { path: { id: policy.id! } }, body: { policy } })),
  deletePolicy: (id: number) => unwrap(api.DELETE("/admin/policy/{id}", { params: { path: { id } } })),
  policyCors: (policy: AdminPolicy) => unwrap(api.POST("/admin/policy/cors", { body: { policy } })),
  testNode: (node: { id?: number; server?: string; slave_key?: string }) => unwrap(api.POST("/admin/node/test", { body: { node } })),
  deleteFiles: (ids: number[]) => unwrap(api.POST("/admin/file/batch/delete", { body: { ids } })),
  fileUrl: (id: number) => unwrap(api.GET("/admin/file/url/{id}", { params: { path: { id } } })),
  /** Success is an HTTP 200 with no body at all (docs/admin-api.md); errors are envelopes as usual. */
  deleteShares: async (ids: number[]) => {
    const { response, data } = await api.POST("/admin/share/batch/delete", { body: { ids }, parseAs: "text" });
    const text = typeof data === "string" ? data : "";
    if (response.ok && text.trim() === "") return;
    let env: { code?: number; msg?: string; correlation_id?: string } | undefined;
    try {
      env = JSON.parse(text) as typeof env;
    } catch {
      throw new HttpError(response.status);
    }
    if (env?.code === 0) return;
    if (typeof env?.code !== "number") throw new HttpError(response.status);
    throw new ApiError(env.code, env.msg ?? "", { correlationId: env.correlation_id });
  },
  testMail: (to: string, settings: Record<string, string>) => unwrap(api.POST("/admin/tool/mail", { body: { to, settings } })),
  fetchWopi: (endpoint: string) => unwrap(api.GET("/admin/tool/wopi", { params: { query: { endpoint } } })),
  testThumb: (name: string, executable: string) => unwrap(api.POST("/admin/tool/thumbExecutable", { body: { name, executable } })),
  clearEntityUrlCache: () => unwrap(api.DELETE("/admin/tool/entityUrlCache")),
};
