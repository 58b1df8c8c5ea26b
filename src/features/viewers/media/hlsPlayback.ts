// HLS through hls.js (a lazy chunk of its own, loaded only for playlists the browser cannot play),
// with a loader that turns the masked addresses of hlsMask.ts into signed URLs of the drive's files
// right before each request, and reports the masked address back so relative references go on
// resolving inside the drive.
import Hls, { type HlsConfig, type LoaderCallbacks, type LoaderConfiguration, type LoaderContext } from "hls.js";
import type { CrUri } from "../../../lib/uri";
import { maskOf, unmask } from "./hlsMask";

/** A signed URL for a drive file (cached by the caller until shortly before it expires). */
export type Sign = (file: CrUri) => Promise<string>;

export const hlsSupported = () => Hls.isSupported();

export function playHls(el: HTMLMediaElement, file: CrUri, sign: Sign, onFatal: (e: Error) => void): () => void {
  const Base = Hls.DefaultConfig.loader;
  class SignedLoader extends Base {
    private gone = false;
    constructor(config: HlsConfig) {
      super(config);
    }
    override load(context: LoaderContext, config: LoaderConfiguration, callbacks: LoaderCallbacks<LoaderContext>) {
      const target = unmask(context.url, file);
      if (!target) return super.load(context, config, callbacks);
      sign(target).then(
        (real) => {
          if (this.gone) return;
          super.load({ ...context, url: real }, config, {
            ...callbacks,
            // hls.js resolves what the playlist names against this address: keep it the masked one.
            onSuccess: (response, stats, _ctx, details) => callbacks.onSuccess({ ...response, url: context.url }, stats, context, details),
          });
        },
        (e: unknown) => {
          if (this.gone) return;
          callbacks.onError({ code: 0, text: e instanceof Error ? e.message : String(e) }, context, null, this.stats);
        },
      );
    }
    override abort() {
      this.gone = true;
      super.abort();
    }
    override destroy() {
      this.gone = true;
      super.destroy();
    }
  }
  const hls = new Hls({ loader: SignedLoader });
  hls.on(Hls.Events.ERROR, (_e, data) => {
    if (data.fatal) onFatal(new Error(data.details));
  });
  hls.loadSource(maskOf(file));
  hls.attachMedia(el);
  return () => hls.destroy();
}
