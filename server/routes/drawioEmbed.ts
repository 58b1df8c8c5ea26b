// A pretend draw.io editor speaking the embed protocol (proto=json), so diagrams open and save
// without the internet: it posts "init", shows the diagram it is sent as editable XML, posts
// "autosave" on every change, "save" from its Save button and "exit" from Exit, and shows the
// status the app sends back. Served at DRAWIO_EMBED_PATH; an admin may point the drawio viewer's
// `host` at it, and the e2e tests put it in place of the default host.
// No imports: the e2e suite reads this file too.

export const DRAWIO_EMBED_PATH = "/__viewers/drawio";

export function drawioEmbedPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Stand-in diagram editor</title></head>
<body style="font-family:sans-serif;margin:16px">
<main>
<h1>Stand-in diagram editor</h1>
<p id="mode"></p>
<p><label for="xml">Diagram XML</label><br><textarea id="xml" rows="8" cols="60"></textarea></p>
<p id="buttons"><button id="save" type="button">Save</button> <button id="saveExit" type="button">Save and exit</button> <button id="exit" type="button">Exit</button></p>
<p id="status" role="status"></p>
</main>
<script>
  const q = new URLSearchParams(location.search);
  const readOnly = q.get("chrome") === "0";
  document.getElementById("mode").textContent =
    "Interface: " + (q.get("ui") || "default") + "; language: " + q.get("lang") + "; dark: " + q.get("dark") + (readOnly ? "; read-only" : "");
  const xml = document.getElementById("xml");
  const status = document.getElementById("status");
  xml.readOnly = readOnly;
  if (readOnly) document.getElementById("buttons").hidden = true;
  let autosave = false;
  let modified = false;
  const send = (m) => parent.postMessage(JSON.stringify(m), "*");
  addEventListener("message", (e) => {
    if (e.source !== parent) return;
    let m;
    try { m = JSON.parse(e.data); } catch { return; }
    if (m.action === "load") {
      xml.value = m.xml || "";
      autosave = m.autosave === 1;
      modified = false;
      status.textContent = m.xml ? "Diagram loaded" : "New diagram";
      send({ event: "load", xml: xml.value });
    } else if (m.action === "status") {
      modified = Boolean(m.modified);
      status.textContent = modified ? "Unsaved changes" : "All changes saved";
    }
  });
  xml.addEventListener("input", () => {
    modified = true;
    status.textContent = "Unsaved changes";
    if (autosave) send({ event: "autosave", xml: xml.value });
  });
  document.getElementById("save").onclick = () => send({ event: "save", xml: xml.value, exit: false });
  document.getElementById("saveExit").onclick = () => send({ event: "save", xml: xml.value, exit: true });
  document.getElementById("exit").onclick = () => send({ event: "exit", modified });
  send({ event: "init" });
</script>
</body></html>`;
}
