// Helpers for the viewer specs: small generated files (nothing is downloaded at test time) and the
// "Open with" chooser, which the install-default catalogue shows for most kinds of file.
import pngjs from "pngjs";
import type { Locator, Page } from "@playwright/test";
import { expect } from "./support/fixtures";

/** A PNG of one colour (so two pictures differ), `w`×`h` pixels. */
export function png(rgb: [number, number, number], w = 40, h = 30): Buffer {
  const img = new pngjs.PNG({ width: w, height: h });
  for (let i = 0; i < w * h; i++) img.data.set([...rgb, 255], i * 4);
  return pngjs.PNG.sync.write(img);
}

/** The viewer of a file: the full-screen dialog named after it. */
export const viewerOf = (page: Page, name: string | RegExp): Locator => page.getByRole("dialog", { name });

/**
 * Answers the "Open with" chooser when it shows (the catalogue offers several apps for the file),
 * optionally ticking "always use this app".
 */
export async function chooseApp(page: Page, app: string, opts: { always?: boolean } = {}): Promise<void> {
  const chooser = page.getByRole("dialog", { name: /^Open “.*” with$/ });
  await expect(chooser).toBeVisible();
  await chooser.getByRole("button", { name: new RegExp(`^${app}`) }).click();
  if (opts.always) await chooser.getByRole("checkbox", { name: /^Always use this app/ }).check();
  await chooser.getByRole("button", { name: "Open", exact: true }).click();
  await expect(chooser).toBeHidden();
}

/** The query parameters of the page's URL. */
export const params = (page: Page) => new URL(page.url()).searchParams;

/** A small valid PDF with one line of text per page (Helvetica), built by hand with a correct xref. */
export function pdf(pages: string[]): Buffer {
  const objects: string[] = [];
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(" ");
  objects.push("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  pages.forEach((text, i) => {
    const stream = `BT /F1 24 Tf 72 700 Td (${text.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj ET`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  });
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

/** A mono 16-bit PCM WAV of a sine tone, `seconds` long. */
export function wav(seconds = 1, hz = 440, rate = 8000): Buffer {
  const samples = Math.round(seconds * rate);
  const b = Buffer.alloc(44 + samples * 2);
  b.write("RIFF", 0);
  b.writeUInt32LE(36 + samples * 2, 4);
  b.write("WAVEfmt ", 8);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(rate, 24);
  b.writeUInt32LE(rate * 2, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write("data", 36);
  b.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) b.writeInt16LE(Math.round(Math.sin((2 * Math.PI * hz * i) / rate) * 8000), 44 + i * 2);
  return b;
}
