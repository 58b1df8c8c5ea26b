import { useEffect, useState } from "react";
import { sourceRect, type CropState } from "./cropGeometry";

/** The frame on screen, small enough for a 360 px phone. */
export const FRAME = 232;
/**
 * Pixels of the square sent to the server: it scales avatars down to 200 px wide (contract
 * §5.4.4), twice that keeps them sharp on dense screens without sending a large upload.
 */
const OUTPUT = 400;

export type Picture = { img: HTMLImageElement; width: number; height: number };

/** The chosen file decoded as an image, with an object URL to show it (revoked when the file changes). */
export function usePicture(file: File): { picture?: Picture; failed: boolean; url: string | undefined } {
  const [state, setState] = useState<{ picture?: Picture; failed: boolean; url?: string }>({ failed: false });
  useEffect(() => {
    const url = URL.createObjectURL(file);
    const img = new Image();
    img.onload = () => setState({ picture: { img, width: img.naturalWidth, height: img.naturalHeight }, failed: false, url });
    img.onerror = () => setState({ failed: true, url });
    img.src = url;
    return () => URL.revokeObjectURL(url);
  }, [file]);
  return { picture: state.picture, failed: state.failed, url: state.url };
}

/** The cropped square as PNG, at most OUTPUT pixels wide. */
export function toPng(p: Picture, crop: CropState): Promise<Blob> {
  const { sx, sy, size } = sourceRect(crop, p.width, p.height, FRAME);
  const out = Math.max(1, Math.min(OUTPUT, Math.round(size)));
  const canvas = document.createElement("canvas");
  canvas.width = out;
  canvas.height = out;
  const g = canvas.getContext("2d");
  if (!g) return Promise.reject(new Error("canvas"));
  g.imageSmoothingQuality = "high";
  g.drawImage(p.img, sx, sy, size, size, 0, 0, out, out);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("canvas"))), "image/png"));
}
