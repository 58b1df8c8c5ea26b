import type { State } from "./state/state.ts";
import { DEMO_ADMIN, DEMO_READONLY, DEMO_USER, GROUP_ADMIN, GROUP_READONLY, GROUP_USER, newUser } from "./state/seedUsers.ts";
import { seedFiles } from "./fs/seed.ts";

/** Demo accounts always exist (the first user is the admin, as on a real install); the file tree only when seeding. */
export async function seed(state: State, opts: { files: boolean }): Promise<void> {
  const admin = state.addUser((id) => newUser(id, DEMO_ADMIN.email, DEMO_ADMIN.password, GROUP_ADMIN, DEMO_ADMIN.nickname));
  const user = state.addUser((id) => newUser(id, DEMO_USER.email, DEMO_USER.password, GROUP_USER, DEMO_USER.nickname));
  const reader = state.addUser((id) => newUser(id, DEMO_READONLY.email, DEMO_READONLY.password, GROUP_READONLY, DEMO_READONLY.nickname));
  if (opts.files) await seedFiles(state, { admin, user, reader });
}
