// "New document": asks which kind (the catalogue's templates) and what name, lets the caller create
// the empty file, then opens it in the template's viewer.
import type { FileResponse } from "../../../api/queries/files";
import { defineDialog } from "../../../shared/dialogs/host";
import { loadCatalogue, showInViewer, type OpenEnv } from "../open";
import { isImplemented } from "../registry";
import type { NewDocumentProps } from "./NewDocumentDialog";
import { templatesOf, type DocTemplate } from "./templates";

const dialog = defineDialog<NewDocumentProps, true>(() => import("./NewDocumentDialog"));

export interface NewDocumentEnv extends Pick<OpenEnv, "qc" | "navigate" | "groupPermission"> {
  /** Names already in the folder. */
  taken: ReadonlySet<string>;
  /** Creates the empty file named so in the folder; a returned string is why it could not. */
  create: (name: string) => Promise<FileResponse | string>;
}

/** Resolves once the new document is open in its viewer, or when the user cancelled. */
export async function newDocument(env: NewDocumentEnv): Promise<void> {
  const cat = await loadCatalogue(env.qc, env.groupPermission);
  const templates = templatesOf(cat, isImplemented);
  if (templates.length === 0) return;
  let made: { file: FileResponse; template: DocTemplate } | undefined;
  await dialog({
    templates,
    taken: env.taken,
    submit: async (name, template) => {
      const res = await env.create(name);
      if (typeof res === "string") return res;
      made = { file: res, template };
      return null;
    },
  });
  const viewer = made && cat.byId.get(made.template.viewerId);
  if (made && viewer) showInViewer(made.file, viewer, env);
}
