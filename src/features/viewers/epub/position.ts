// Where the reader was in a book, per file, and the reader's font size, kept in this browser.

export interface Position {
  /** Path of the chapter in the book. */
  chapter: string;
  /** How far into the chapter, 0 (start) to 1. */
  fraction: number;
}

const key = (fileId: string) => `cloudreve-epub-position:${fileId}`;
const FONT_KEY = "cloudreve-epub-font-size";

export function loadPosition(fileId: string): Position | undefined {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(key(fileId)) ?? "null");
    if (v && typeof v === "object" && typeof (v as Position).chapter === "string" && typeof (v as Position).fraction === "number") return v as Position;
  } catch {
    // Unreadable: start at the beginning.
  }
  return undefined;
}

export function savePosition(fileId: string, pos: Position): void {
  try {
    localStorage.setItem(key(fileId), JSON.stringify(pos));
  } catch {
    // Storage full or refused: the position is simply not remembered.
  }
}

export const FONT_STEPS = [80, 90, 100, 110, 125, 150, 175, 200];

export function loadFontSize(): number {
  const n = Number(localStorage.getItem(FONT_KEY));
  return FONT_STEPS.includes(n) ? n : 100;
}

export function saveFontSize(n: number): void {
  try {
    localStorage.setItem(FONT_KEY, String(n));
  } catch {
    // Not remembered.
  }
}
