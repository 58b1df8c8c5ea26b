// File and folder pickers. The inputs live hidden in the document (one of each, reused) so that
// `input.click()` runs inside the user's click — browsers open pickers only from a user gesture —
// and so tests can reach them with setInputFiles.
import { entriesFromFiles } from "./entries";
import { enqueueUpload } from "./loader";

type Kind = "files" | "folder";

function pickerInput(kind: Kind): HTMLInputElement {
  const existing = document.querySelector<HTMLInputElement>(`input[data-upload-picker="${kind}"]`);
  if (existing) return existing;
  const input = document.createElement("input");
  input.type = "file";
  input.multiple = true;
  if (kind === "folder") input.webkitdirectory = true;
  input.dataset.uploadPicker = kind;
  input.hidden = true;
  input.tabIndex = -1;
  input.setAttribute("aria-hidden", "true");
  document.body.append(input);
  return input;
}

function pick(kind: Kind, folder: string, accept?: string): void {
  const input = pickerInput(kind);
  input.accept = kind === "files" && accept ? accept : "";
  input.onchange = () => {
    const files = input.files ? [...input.files] : [];
    // Reset so that picking the same file again fires `change` again.
    input.value = "";
    void enqueueUpload(folder, entriesFromFiles(files));
  };
  input.click();
}

/** Opens the file picker; the chosen files are uploaded into `folder`. Call from a click handler. */
export function pickFiles(folder: string, opts: { accept?: string } = {}): void {
  pick("files", folder, opts.accept);
}

/** Opens the folder picker; the folder is recreated inside `folder`. Call from a click handler. */
export function pickFolder(folder: string): void {
  pick("folder", folder);
}
