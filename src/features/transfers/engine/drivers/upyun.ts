// Upyun form upload (docs/server-behaviour.md, "Storage policies and upload drivers"): one multipart/form-data POST carrying the server-made
// policy and signature; Upyun calls back the server. No chunks, so nothing to resume.
import { expectOk, TransferError, xhr } from "../http";
import type { Driver } from "./types";

export const upyunDriver: Driver = {
  resumable: false,
  ordered: true,
  async upload(ctx) {
    const { upload_urls, upload_policy, credential, mime_type } = ctx.session;
    const url = upload_urls?.[0];
    if (!url || !upload_policy || !credential) throw new TransferError("The server sent no upload form", { retryable: false });
    const form = new FormData();
    form.append("policy", upload_policy);
    form.append("authorization", credential);
    if (mime_type) form.append("content-type", mime_type);
    // The File itself: FormData streams it from disk.
    form.append("file", ctx.file);
    const res = await xhr({ method: "POST", url, body: form, signal: ctx.signal, onProgress: (n) => ctx.onProgress(0, Math.min(n, ctx.file.size)) });
    expectOk(res);
    ctx.done.add(0);
    ctx.onChunkDone(0, undefined);
  },
  async complete() {
    // Upyun notifies the server.
  },
};
