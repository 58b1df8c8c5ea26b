import type { ActionRunContext } from "../types";

/** The first target of an action that works on one item (the selection resolved). */
export const first = async (ctx: ActionRunContext) => (await ctx.ops.resolveTargets())[0];
