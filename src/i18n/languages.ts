/** The languages the app offers (each has a folder in public/locales). */
export const LANGUAGES = [
  { code: "en-US", label: "English" },
  { code: "zh-CN", label: "简体中文" },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]["code"];
