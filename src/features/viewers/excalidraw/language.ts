// The app's language as one of Excalidraw's (its codes are region-qualified: "de-DE", "pt-BR", "zh-TW",
// plain "en"). Pure, unit-tested.

/** `available`: the codes Excalidraw offers. Exact match first, then the same language in any region, else English. */
export function excalidrawLanguage(appLanguage: string, available: readonly string[]): string {
  const exact = available.find((c) => c.toLowerCase() === appLanguage.toLowerCase());
  if (exact) return exact;
  const primary = appLanguage.split("-")[0]!.toLowerCase();
  // Chinese with a region Excalidraw lacks (zh-SG) reads Simplified rather than the first listed.
  const same = available.filter((c) => c.split("-")[0]!.toLowerCase() === primary);
  return same.find((c) => c === "zh-CN") ?? same[0] ?? "en";
}
