import { randomInt } from "node:crypto";
import pngjs from "pngjs";

const { PNG } = pngjs;

// 5×7 glyphs, rows separated by spaces. Characters that people confuse (0/O, 1/I/l) are left out of the alphabet.
const FONT: Record<string, string> = {
  A: ".###. #...# #...# ##### #...# #...# #...#",
  B: "####. #...# #...# ####. #...# #...# ####.",
  C: ".###. #...# #.... #.... #.... #...# .###.",
  D: "###.. #..#. #...# #...# #...# #..#. ###..",
  E: "##### #.... #.... ####. #.... #.... #####",
  F: "##### #.... #.... ####. #.... #.... #....",
  G: ".###. #...# #.... #.### #...# #...# .####",
  H: "#...# #...# #...# ##### #...# #...# #...#",
  J: "..### ...#. ...#. ...#. ...#. #..#. .##..",
  K: "#...# #..#. #.#.. ##... #.#.. #..#. #...#",
  L: "#.... #.... #.... #.... #.... #.... #####",
  M: "#...# ##.## #.#.# #.#.# #...# #...# #...#",
  N: "#...# #...# ##..# #.#.# #..## #...# #...#",
  P: "####. #...# #...# ####. #.... #.... #....",
  Q: ".###. #...# #...# #...# #.#.# #..#. .##.#",
  R: "####. #...# #...# ####. #.#.. #..#. #...#",
  S: ".#### #.... #.... .###. ....# ....# ####.",
  T: "##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..",
  U: "#...# #...# #...# #...# #...# #...# .###.",
  V: "#...# #...# #...# #...# #...# .#.#. ..#..",
  W: "#...# #...# #...# #.#.# #.#.# #.#.# .#.#.",
  X: "#...# #...# .#.#. ..#.. .#.#. #...# #...#",
  Y: "#...# #...# .#.#. ..#.. ..#.. ..#.. ..#..",
  Z: "##### ....# ...#. ..#.. .#... #.... #####",
  "2": ".###. #...# ....# ...#. ..#.. .#... #####",
  "3": "##### ...#. ..#.. ...#. ....# #...# .###.",
  "4": "...#. ..##. .#.#. #..#. ##### ...#. ...#.",
  "5": "##### #.... ####. ....# ....# #...# .###.",
  "6": "..##. .#... #.... ####. #...# #...# .###.",
  "7": "##### ....# ...#. ..#.. .#... .#... .#...",
  "8": ".###. #...# #...# .###. #...# #...# .###.",
  "9": ".###. #...# #...# .#### ....# ...#. .##..",
};
export const CAPTCHA_ALPHABET = Object.keys(FONT).join("");

const W = 240;
const H = 60;
const SCALE = 5;

export function randomCaptchaText(): string {
  const len = randomInt(5, 7);
  let s = "";
  for (let i = 0; i < len; i++) s += CAPTCHA_ALPHABET[randomInt(CAPTCHA_ALPHABET.length)];
  return s;
}

/** Renders the text as a noisy but human-legible PNG and returns it as a data URL. */
export function renderCaptcha(text: string): string {
  const png = new PNG({ width: W, height: H });
  const put = (x: number, y: number, [r, g, b]: number[]) => {
    if (x < 0 || y < 0 || x >= W || y >= H) return;
    const i = (y * W + x) * 4;
    png.data[i] = r!;
    png.data[i + 1] = g!;
    png.data[i + 2] = b!;
    png.data[i + 3] = 255;
  };
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) put(x, y, [236 + ((x * 3 + y * 5) % 13), 240, 232 + ((x + y * 7) % 17)]);
  for (let i = 0; i < 400; i++) put(randomInt(W), randomInt(H), [150 + randomInt(80), 150 + randomInt(80), 150 + randomInt(80)]);

  const glyphW = 5 * SCALE;
  const step = Math.floor((W - 20) / text.length);
  [...text].forEach((ch, n) => {
    const glyph = FONT[ch]!.replaceAll(" ", "");
    const colour = [randomInt(20, 110), randomInt(20, 110), randomInt(20, 110)];
    const shear = (randomInt(-30, 31) / 100) * SCALE;
    const x0 = 10 + n * step + Math.floor((step - glyphW) / 2) + randomInt(-3, 4);
    const y0 = Math.floor((H - 7 * SCALE) / 2) + randomInt(-6, 7);
    for (let gy = 0; gy < 7; gy++) {
      for (let gx = 0; gx < 5; gx++) {
        if (glyph[gy * 5 + gx] !== "#") continue;
        const slant = Math.round((3 - gy) * shear);
        for (let dy = 0; dy < SCALE; dy++) for (let dx = 0; dx < SCALE; dx++) put(x0 + gx * SCALE + dx + slant, y0 + gy * SCALE + dy, colour);
      }
    }
  });

  for (let i = 0; i < 3; i++) {
    const colour = [randomInt(60, 160), randomInt(60, 160), randomInt(60, 160)];
    line(put, randomInt(0, 30), randomInt(H), randomInt(W - 30, W), randomInt(H), colour);
  }
  return `data:image/png;base64,${PNG.sync.write(png).toString("base64")}`;
}

type Put = (x: number, y: number, c: number[]) => void;

function line(put: Put, x0: number, y0: number, x1: number, y1: number, colour: number[]): void {
  const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
  for (let i = 0; i <= steps; i++) {
    const x = Math.round(x0 + ((x1 - x0) * i) / steps);
    const y = Math.round(y0 + ((y1 - y0) * i) / steps);
    put(x, y, colour);
    put(x, y + 1, colour);
  }
}
