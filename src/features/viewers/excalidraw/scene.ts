// What a .excalidraw file holds and when a drawing has changed, apart from Excalidraw itself (that
// library is megabytes; this stays testable without it). Pure, unit-tested.

/** The parts of a .excalidraw file the editor opens with (Excalidraw restores and checks the rest). */
export interface SceneData {
  elements: readonly unknown[];
  appState: Record<string, unknown>;
  files: Record<string, unknown>;
}

export type ParsedScene = { ok: true; scene: SceneData } | { ok: false };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The drawing in a file's text. An empty file (a new document: the server keeps no template
 * contents) is an empty drawing; anything that is not an Excalidraw scene is refused rather than
 * shown empty, so saving can never replace a file with a blank drawing unasked.
 */
export function parseScene(text: string): ParsedScene {
  if (text.trim() === "") return { ok: true, scene: { elements: [], appState: {}, files: {} } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  if (!isRecord(data) || data.type !== "excalidraw" || (data.elements !== undefined && !Array.isArray(data.elements))) return { ok: false };
  return {
    ok: true,
    scene: {
      elements: Array.isArray(data.elements) ? data.elements : [],
      appState: isRecord(data.appState) ? data.appState : {},
      files: isRecord(data.files) ? data.files : {},
    },
  };
}

/**
 * A value that changes whenever the drawing's file would: Excalidraw only ever raises an element's
 * version (a deletion or an undo raises one too) and only adds elements and embedded files, so the
 * sum of versions, the counts and the background name the saved content without hashing it.
 */
export function sceneSignature(elements: readonly { version: number }[], fileCount: number, background: string): string {
  let versions = 0;
  for (const e of elements) versions += e.version;
  return `${versions}|${elements.length}|${fileCount}|${background}`;
}
