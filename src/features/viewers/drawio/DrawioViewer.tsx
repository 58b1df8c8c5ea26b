// draw.io diagrams (.drawio) and whiteboards (.dwb) in the admin's draw.io host (the viewer's
// `host` setting), spoken to by the embed protocol (embed.ts). Saving goes through the same flow as
// the text editor: the version read is sent as `previous`, so a change made elsewhere is never
// overwritten unasked (useEditableDocument).
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Box, useTheme } from "@mui/material";
import { ViewerFrame } from "../frame/ViewerFrame";
import { frameProps } from "../frame/frameProps";
import { DocumentBody } from "../frame/FrameStates";
import { extOf } from "../choose";
import type { ViewerProps } from "../types";
import { useEditableDocument } from "../text/useEditableDocument";
import { ReadOnlyNotice } from "../text/parts";
import { drawioLanguage, embedUrl, parseEmbedMessage } from "./embed";

export default function DrawioViewer(p: ViewerProps) {
  const { t, i18n } = useTranslation(["documents", "viewers"]);
  const dark = useTheme().palette.mode === "dark";
  const doc = useEditableDocument(p);
  const { q, readOnly, readOnlyReason, tooLarge, dirty } = doc;
  const frame = useRef<HTMLIFrameElement>(null);
  // The diagram as the editor last reported it; what "save" sends.
  const latest = useRef("");
  const dirtyNow = useRef(false);

  const src = useMemo(
    () => embedUrl(p.viewer.props.host, { ext: extOf(p.file.name), readOnly, dark, language: drawioLanguage(i18n.language) }),
    // The editor is not reloaded when the theme or language changes under it: that would lose edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [p.viewer.props.host, p.file.name, readOnly],
  );
  const origin = new URL(src).origin;
  const post = (msg: Record<string, unknown>) => frame.current?.contentWindow?.postMessage(JSON.stringify(msg), origin);
  const setDirty = (d: boolean) => {
    dirtyNow.current = d;
    doc.onDirtyChange(d);
  };

  // The save flow reads and resets the document through the editor handle it was written for;
  // both it and the message handler are replaced after each render, so they see current props.
  const editorRef = doc.editor;
  const text = q.data?.text;
  const handlers = useRef<(data: unknown) => void>(() => {});
  useEffect(() => {
    const load = (xml: string) => post({ action: "load", xml, autosave: readOnly ? 0 : 1, modified: "unsavedChanges", title: p.file.name });
    editorRef.current = {
      getText: () => latest.current,
      reset: (xml) => {
        latest.current = xml;
        load(xml);
        setDirty(false);
      },
      markClean: () => {
        post({ action: "status", modified: false });
        setDirty(false);
      },
      focus: () => frame.current?.focus(),
    };
    handlers.current = (data) => {
      const m = parseEmbedMessage(data);
      if (!m || text === undefined) return;
      if (m.event === "init") {
        latest.current = text;
        load(text);
      } else if (m.event === "autosave" && !readOnly) {
        latest.current = m.xml;
        if (!dirtyNow.current) setDirty(true);
      } else if (m.event === "save" && !readOnly) {
        latest.current = m.xml;
        void doc.save().then(() => {
          if (m.exit && !dirtyNow.current) p.close();
        });
      } else if (m.event === "exit") p.close();
    };
  });
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      // Only the editor frame, from the host it was opened at.
      if (e.source !== frame.current?.contentWindow || e.origin !== origin) return;
      handlers.current(e.data);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [origin]);

  return (
    <ViewerFrame
      {...frameProps(p, dirty ? t("viewers:editor.unsavedTitle", { name: p.file.name }) : p.file.name)}
      notice={<ReadOnlyNotice reason={tooLarge ? "tooLarge" : readOnlyReason} show={p.mode === "dialog" || tooLarge} />}
    >
      <DocumentBody q={q} tooLarge={tooLarge}>
        {() => (
          <Box
            component="iframe"
            ref={frame}
            src={src}
            title={t("documents:drawio.frame", { name: p.file.name })}
            // The editor is another site's app: it keeps its own origin (draw.io stores its settings
            // there) and may open its help and export downloads, nothing more.
            sandbox="allow-scripts allow-same-origin allow-popups allow-downloads allow-modals allow-forms"
            allow="clipboard-read; clipboard-write"
            sx={{ flex: 1, border: 0, width: "100%", minHeight: 0, bgcolor: "background.paper" }}
          />
        )}
      </DocumentBody>
    </ViewerFrame>
  );
}
